package org.evotraders.analysis;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A tool result's figures, unmodifiable and in the order the tool named them: two arrays instead of
 * a hash table, because a result holds a handful of figures and is built for every ticker-day.
 */
final class OrderedFigures extends AbstractMap<String, Double> {

  private final String[] names;
  private final Double[] values;

  private OrderedFigures(String[] names, Double[] values) {
    this.names = names;
    this.values = values;
  }

  /**
   * Returns {@code figures} in their iteration order, or {@code figures} if already such a copy.
   */
  static Map<String, Double> copyOf(Map<String, Double> figures) {
    if (figures instanceof OrderedFigures kept) {
      return kept;
    }
    var names = new String[figures.size()];
    var values = new Double[names.length];
    int i = 0;
    for (Map.Entry<String, Double> figure : figures.entrySet()) {
      names[i] = figure.getKey();
      values[i] = figure.getValue();
      i++;
    }
    return new OrderedFigures(names, values);
  }

  @Override
  public int size() {
    return names.length;
  }

  @Override
  public boolean containsKey(Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public Double get(Object name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  @Override
  public Set<Map.Entry<String, Double>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return names.length;
      }

      @Override
      public Iterator<Map.Entry<String, Double>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.length;
          }

          @Override
          public Map.Entry<String, Double> next() {
            if (next >= names.length) {
              throw new NoSuchElementException();
            }
            var figure = new AbstractMap.SimpleImmutableEntry<>(names[next], values[next]);
            next++;
            return figure;
          }
        };
      }
    };
  }

  private int indexOf(Object name) {
    for (int i = 0; i < names.length; i++) {
      if (Objects.equals(names[i], name)) {
        return i;
      }
    }
    return -1;
  }
}
