package org.evotraders.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TradingCalendarTest {

  private final TradingCalendar nyse = TradingCalendar.nyse();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-11-28", // Thanksgiving
        "2025-01-09", // national day of mourning for President Carter
        "2018-12-05", // national day of mourning for President G. H. W. Bush
        "2012-10-29", // Hurricane Sandy, first day (missing from Strata)
        "2012-10-30", // Hurricane Sandy, second day
        "2001-09-11",
        "2001-09-14",
        "2004-06-11", // President Reagan
        "2007-01-02", // President Ford
        "2022-06-20", // Juneteenth observed
        "2021-12-24", // Christmas observed on Friday
        "2024-12-25",
        "2024-11-30" // a Saturday
      })
  void knownClosuresAreNotSessions(String day) {
    assertThat(nyse.isSession(LocalDate.parse(day))).isFalse();
  }

  @Test
  void everyGoodFridayFrom2000To2035IsClosedAndTheThursdayBeforeTrades() {
    for (int year = 2000; year <= 2035; year++) {
      LocalDate goodFriday = easterSunday(year).minusDays(2);
      assertThat(nyse.isSession(goodFriday)).as("Good Friday %s", goodFriday).isFalse();
      assertThat(nyse.isSession(goodFriday.minusDays(1))).as("day before %s", goodFriday).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-11-29", // day after Thanksgiving
        "2024-07-03", // Wednesday, from 2013 on
        "2013-07-03",
        "2012-07-03", // Tuesday
        "2002-07-05", // Friday after Independence Day, before 2013
        "2024-12-24",
        "2019-12-24"
      })
  void earlyClosesEndAtOnePm(String day) {
    TradingSession session = nyse.session(LocalDate.parse(day)).orElseThrow();
    assertThat(session.earlyClose()).isTrue();
    assertThat(session.close().toLocalTime()).isEqualTo(LocalTime.of(13, 0));
    assertThat(session.open().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2002-07-03", "2024-11-27", "2024-12-23", "2024-03-28", "2025-01-10"})
  void ordinaryDaysCloseAtFourPm(String day) {
    TradingSession session = nyse.session(LocalDate.parse(day)).orElseThrow();
    assertThat(session.earlyClose()).isFalse();
    assertThat(session.close().toLocalTime()).isEqualTo(LocalTime.of(16, 0));
  }

  @Test
  void yearsHaveThePublishedNumberOfSessions() {
    assertThat(nyse.sessions(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))).hasSize(251);
    assertThat(nyse.sessions(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).hasSize(250);
    assertThat(nyse.sessions(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).hasSize(252);
  }

  @Test
  void nextAndPreviousSessionsSkipHolidaysAndWeekends() {
    assertThat(nyse.nextSession(LocalDate.of(2024, 11, 27))).isEqualTo(LocalDate.of(2024, 11, 29));
    assertThat(nyse.previousSession(LocalDate.of(2025, 1, 10))).isEqualTo(LocalDate.of(2025, 1, 8));
    assertThat(nyse.nextSession(LocalDate.of(2024, 3, 28))).isEqualTo(LocalDate.of(2024, 4, 1));
  }

  @Test
  void sessionTimesAreInNewYorkAcrossDaylightSavingChanges() {
    TradingSession winter = nyse.session(LocalDate.of(2024, 1, 2)).orElseThrow();
    TradingSession summer = nyse.session(LocalDate.of(2024, 7, 1)).orElseThrow();
    assertThat(winter.open().toInstant().toString()).isEqualTo("2024-01-02T14:30:00Z");
    assertThat(summer.open().toInstant().toString()).isEqualTo("2024-07-01T13:30:00Z");
  }

  @Test
  void datesOutsideTheSupportedRangeAreRefusedWithTheRange() {
    assertThatThrownBy(() -> nyse.isSession(LocalDate.of(1999, 12, 31)))
        .hasMessageContaining("2000-01-01 to 2035-12-31");
    assertThatThrownBy(() -> nyse.sessions(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
        .hasMessageContaining("swap the dates");
  }

  /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the calendar library. */
  private static LocalDate easterSunday(int y) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }
}
