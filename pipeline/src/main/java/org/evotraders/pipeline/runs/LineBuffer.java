package org.evotraders.pipeline.runs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The bytes of the log lines about to be appended, reused from append to append so that encoding
 * allocates no intermediate strings: the envelope is written here by hand and Jackson writes the
 * event straight after it. Not thread-safe; its {@link EventLog} appends under its own lock.
 */
final class LineBuffer extends OutputStream {

  private byte[] bytes = new byte[16 * 1024];
  private int size;
  private Instant lastInstant;
  private String lastInstantText = "";
  private LocalDate lastDate;
  private String lastDateText = "";
  private final long[] decimalBits = new long[512];
  private final String[] decimalTexts = new String[512];

  /** Empties the buffer, keeping its capacity. */
  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  byte at(int index) {
    return bytes[index];
  }

  /** Replaces the byte at {@code index}. */
  void set(int index, byte value) {
    bytes[index] = value;
  }

  /** Drops every byte from {@code newSize} on. */
  void truncate(int newSize) {
    size = newSize;
  }

  /** Appends text that is ASCII only (numbers, ISO dates, wire names). */
  LineBuffer ascii(String text) {
    int length = text.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
    return this;
  }

  /**
   * Appends an instant in ISO form. The last one's text is kept: a day's events share a handful of
   * instants, and formatting one costs more than the rest of the envelope.
   */
  LineBuffer instant(Instant at) {
    if (!at.equals(lastInstant)) {
      lastInstant = at;
      lastInstantText = at.toString();
    }
    return ascii(lastInstantText);
  }

  /** Appends a date in ISO form, keeping the last one's text as {@link #instant} does. */
  LineBuffer date(LocalDate date) {
    if (!date.equals(lastDate)) {
      lastDate = date;
      lastDateText = date.toString();
    }
    return ascii(lastDateText);
  }

  /**
   * Returns a finite number's JSON text, as {@link Double#toString} writes it. Recent ones are
   * kept: a price is written several times (as an open or close, in the settlement, as the next
   * day's previous close), and formatting a double costs more than anything else on a line.
   */
  String decimal(double value) {
    long bits = Double.doubleToRawLongBits(value);
    int slot = (int) ((bits ^ (bits >>> 29)) * 0x9E3779B97F4A7C15L >>> 55);
    String text = decimalTexts[slot];
    if (text == null || decimalBits[slot] != bits) {
      text = Double.toString(value);
      decimalTexts[slot] = text;
      decimalBits[slot] = bits;
    }
    return text;
  }

  LineBuffer number(long value) {
    return ascii(Long.toString(value));
  }

  @Override
  public void write(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] source, int offset, int length) {
    ensure(length);
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  /** Writes every byte to {@code channel}, however many writes that takes. */
  void drainTo(WritableByteChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, size);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /** Returns the bytes from {@code from} on as UTF-8 text. */
  String text(int from) {
    return new String(bytes, from, size - from, java.nio.charset.StandardCharsets.UTF_8);
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
