#include "cm_time.h"

#include <errno.h>
#include <string.h>
#include <time.h>

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
static int64_t cm_days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned) (y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t) doe - 719468;
}

/* The proleptic Gregorian date of a day count since 1970-01-01 (Hinnant's civil_from_days). */
static void cm_civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t era;
	unsigned doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned) (z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (int64_t) yoe + era * 400 + (*m <= 2);
}

const char *cm_format_iso8601_utc(char *buf, int64_t epoch_ms)
{
	int64_t seconds, days, y;
	unsigned m, d, rest;

	if (epoch_ms < 0) {
		epoch_ms = 0;
	} else if (epoch_ms > CM_MAX_UNIX_SECONDS * 1000) {
		epoch_ms = CM_MAX_UNIX_SECONDS * 1000;
	}
	seconds = epoch_ms / 1000;
	days = seconds / 86400;
	rest = (unsigned) (seconds % 86400);
	cm_civil_from_days(days, &y, &m, &d);
	{
		/* clamped above to years 1970..9999, so every part has its width */
		unsigned parts[6] = {(unsigned) y, m, d, rest / 3600, rest / 60 % 60, rest % 60};
		static const char seps[6] = {'-', '-', 'T', ':', ':', 'Z'};
		size_t o = 0, i;

		for (i = 0; i < 6; i++) {
			if (i == 0) {
				buf[o++] = (char) ('0' + parts[0] / 1000 % 10);
				buf[o++] = (char) ('0' + parts[0] / 100 % 10);
			}
			buf[o++] = (char) ('0' + parts[i] / 10 % 10);
			buf[o++] = (char) ('0' + parts[i] % 10);
			buf[o++] = seps[i];
		}
		buf[o] = '\0';
	}
	return buf;
}

static bool cm_digits(const char *p, size_t count, unsigned *out)
{
	unsigned v = 0;
	size_t i;

	for (i = 0; i < count; i++) {
		if (p[i] < '0' || p[i] > '9') {
			return false;
		}
		v = v * 10 + (unsigned) (p[i] - '0');
	}
	*out = v;
	return true;
}

static unsigned cm_days_in_month(unsigned y, unsigned m)
{
	static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

bool cm_parse_iso8601(cm_error *e, const char *field, cm_str s, int64_t *epoch_ms)
{
	const char *p = s.ptr, *end = s.ptr + s.len;
	unsigned year, month, day, hour, minute, second, ms = 0, oh = 0, om = 0;
	int sign = 0;
	int64_t seconds;
	char q[CM_QUOTE_MAX];

	if (s.len < 19 || !cm_digits(p, 4, &year) || p[4] != '-' || !cm_digits(p + 5, 2, &month) || p[7] != '-'
			|| !cm_digits(p + 8, 2, &day) || (p[10] != 'T' && p[10] != 't' && p[10] != ' ')
			|| !cm_digits(p + 11, 2, &hour) || p[13] != ':' || !cm_digits(p + 14, 2, &minute) || p[16] != ':'
			|| !cm_digits(p + 17, 2, &second)) {
		goto bad;
	}
	p += 19;
	if (p < end && (*p == '.' || *p == ',')) {
		unsigned scale = 100, ndigits = 0;
		for (p++; p < end && *p >= '0' && *p <= '9'; p++, ndigits++) {
			ms += (unsigned) (*p - '0') * scale;
			scale /= 10;
		}
		if (ndigits == 0 || ndigits > 9) {
			goto bad;
		}
	}
	if (p == end) {
		return cm_fail(e, field, "must give a time zone offset or Z, got %s", cm_quote(q, s.ptr, s.len));
	}
	if ((*p == 'Z' || *p == 'z') && p + 1 == end) {
		sign = 0;
	} else if (*p == '+' || *p == '-') {
		size_t rest = (size_t) (end - p - 1);
		sign = *p == '+' ? 1 : -1;
		if (!((rest == 2 && cm_digits(p + 1, 2, &oh))
				|| (rest == 4 && cm_digits(p + 1, 2, &oh) && cm_digits(p + 3, 2, &om))
				|| (rest == 5 && cm_digits(p + 1, 2, &oh) && p[3] == ':' && cm_digits(p + 4, 2, &om)))
				|| oh > 23 || om > 59) {
			goto bad;
		}
	} else {
		goto bad;
	}
	if (year < 1970 || month < 1 || month > 12 || day < 1 || day > cm_days_in_month(year, month)
			|| hour > 23 || minute > 59 || second > 59) {
		return cm_fail(e, field, "is not a valid date and time, got %s", cm_quote(q, s.ptr, s.len));
	}
	seconds = cm_days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second
		- sign * (int64_t) (oh * 3600 + om * 60);
	if (!cm_check_unix_seconds(e, field, seconds, epoch_ms)) {
		return false;
	}
	*epoch_ms += ms;
	return true;

bad:
	return cm_fail(e, field, "must be an ISO 8601 date-time with a time zone, like 2026-11-29T14:30:00Z, got %s",
		cm_quote(q, s.ptr, s.len));
}

bool cm_check_unix_seconds(cm_error *e, const char *field, int64_t seconds, int64_t *epoch_ms)
{
	if (seconds < 0 || seconds > CM_MAX_UNIX_SECONDS) {
		return cm_fail(e, field, "must be between 1970 and the year 9999, got %lld seconds", (long long) seconds);
	}
	*epoch_ms = seconds * 1000;
	return true;
}

static int64_t cm_clock_ms(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return (int64_t) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t cm_clock_epoch_ms(void)
{
	return cm_clock_ms(CLOCK_REALTIME);
}

int64_t cm_clock_mono_ms(void)
{
	return cm_clock_ms(CLOCK_MONOTONIC);
}

bool cm_clock_sleep_until(int64_t mono_ms)
{
	int64_t ms = mono_ms - cm_clock_mono_ms();
	struct timespec ts;

	if (ms <= 0) {
		return true;
	}
	ts.tv_sec = (time_t) (ms / 1000);
	ts.tv_nsec = (long) (ms % 1000) * 1000000L;
	/* not restarted on EINTR: a signal (a worker's SIGTERM) must not wait for the sleep to end */
	return !(nanosleep(&ts, NULL) == -1 && errno == EINTR);
}
