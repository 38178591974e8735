package org.evotraders.analysis.sentiment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.evotraders.core.signals.Signal;

/**
 * The Twitter Financial News Sentiment tweets of shared/data (README section 7), split once and for
 * all by the CRC-32 of each text's UTF-8 bytes: remainder mod 100 below 70 is development, the rest
 * held out. The split depends on the text only, so it never changes between runs.
 */
record LabelledTweets(List<Tweet> development, List<Tweet> heldOut) {

  record Tweet(String text, Signal label) {}

  static final int DEVELOPMENT_PERCENT = 70;

  static LabelledTweets load() {
    Path csv =
        Path.of(
            System.getProperty("evotraders.shared.data"),
            "sentiment",
            "twitter-financial-news-sentiment.csv");
    List<Tweet> development = new ArrayList<>();
    List<Tweet> heldOut = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        Tweet tweet =
            new Tweet(row.get("text"), label(row.get("label"), csv, row.getRecordNumber()));
        (isDevelopment(tweet.text()) ? development : heldOut).add(tweet);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    return new LabelledTweets(development, heldOut);
  }

  static boolean isDevelopment(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 100 < DEVELOPMENT_PERCENT;
  }

  // The dataset's own encoding: 0 Bearish, 1 Bullish, 2 Neutral.
  private static Signal label(String code, Path csv, long record) {
    return switch (code) {
      case "0" -> Signal.BEARISH;
      case "1" -> Signal.BULLISH;
      case "2" -> Signal.NEUTRAL;
      default ->
          throw new IllegalStateException(csv + " record " + record + ": unknown label " + code);
    };
  }
}
