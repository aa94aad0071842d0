//! Instants are stored in UTC and shown in Europe/Berlin, whatever zone the server or the
//! browser runs in. Formatting happens on the server only, so the hydrated page shows exactly
//! the text the server rendered.

use chrono::{DateTime, LocalResult, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Berlin;

/// Formats an instant as a German date in Berlin, e.g. `01.01.2026`.
pub fn date_de(instant: DateTime<Utc>) -> String {
    instant.with_timezone(&Berlin).format("%d.%m.%Y").to_string()
}

/// The Berlin calendar day of an instant as `YYYY-MM-DD`, e.g. for sitemaps.
pub fn iso_day_berlin(instant: DateTime<Utc>) -> String {
    instant.with_timezone(&Berlin).format("%Y-%m-%d").to_string()
}

/// Formats an instant as date and time in Berlin with the zone's name, e.g.
/// `26.10.2025, 02:30 MESZ`.
pub fn date_time_de(instant: DateTime<Utc>) -> String {
    let local = instant.with_timezone(&Berlin);
    let zone = if local.format("%Z").to_string() == "CEST" { "MESZ" } else { "MEZ" };
    format!("{} {}", local.format("%d.%m.%Y, %H:%M"), zone)
}

/// Reads a `YYYY-MM-DD` date as the start of that day in Berlin, as a UTC instant.
pub fn berlin_day_start(date: &str) -> Option<DateTime<Utc>> {
    let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let midnight = day.and_hms_opt(0, 0, 0)?;
    match Berlin.from_local_datetime(&midnight) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(t.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

/// Writes a `YYYY-MM` month in German, e.g. `Oktober 2021`; `None` for anything else.
pub fn month_de(year_month: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    let (year, month) = year_month.split_once('-')?;
    let index = month.parse::<usize>().ok()?.checked_sub(1)?;
    Some(format!("{} {year}", MONTHS.get(index)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn b13_instants_around_summer_time_show_in_berlin() {
        assert_eq!(date_time_de(at("2025-03-30T01:30:00Z")), "30.03.2025, 03:30 MESZ");
        assert_eq!(date_time_de(at("2025-10-26T00:30:00Z")), "26.10.2025, 02:30 MESZ");
        assert_eq!(date_time_de(at("2025-10-26T01:30:00Z")), "26.10.2025, 02:30 MEZ");
        assert_eq!(date_time_de(at("2025-11-05T22:15:00Z")), "05.11.2025, 23:15 MEZ");
    }

    #[test]
    fn b13_new_year_rolls_over_in_berlin_not_in_utc() {
        assert_eq!(date_de(at("2025-12-31T23:30:00Z")), "01.01.2026");
        assert_eq!(date_time_de(at("2025-12-31T23:30:00Z")), "01.01.2026, 00:30 MEZ");
    }

    #[test]
    fn months_are_written_in_german() {
        assert_eq!(month_de("2021-10").as_deref(), Some("Oktober 2021"));
        assert_eq!(month_de("2020-03").as_deref(), Some("März 2020"));
        assert_eq!(month_de("2020-13"), None);
        assert_eq!(month_de("2020-00"), None);
    }

    #[test]
    fn b13_the_iso_day_is_the_berlin_day() {
        assert_eq!(iso_day_berlin(at("2022-08-14T22:00:00Z")), "2022-08-15");
    }

    #[test]
    fn a_day_starts_at_berlin_midnight() {
        assert_eq!(berlin_day_start("2022-08-15"), Some(at("2022-08-14T22:00:00Z")));
        assert_eq!(berlin_day_start("2022-01-15"), Some(at("2022-01-14T23:00:00Z")));
        assert_eq!(berlin_day_start("15.08.2022"), None);
    }
}
