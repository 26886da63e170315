#ifndef CM_TIME_H
#define CM_TIME_H

#include "cm_core.h"

/* Latest instant accepted anywhere: 9999-12-31T23:59:59Z, in Unix seconds. */
#define CM_MAX_UNIX_SECONDS INT64_C(253402300799)

/* Parses an ISO 8601 date-time that carries its own offset ("Z", "+02:00",
 * "-0500"), e.g. 2026-11-29T10:00:00.250+01:00, to Unix epoch milliseconds. */
bool cm_parse_iso8601(cm_error *e, const char *field, cm_str s, int64_t *epoch_ms);

/* Epoch milliseconds (0 to the end of year 9999) as "YYYY-MM-DDTHH:MM:SSZ",
 * UTC, the milliseconds left out; buf holds CM_ISO8601_UTC_MAX bytes. */
#define CM_ISO8601_UTC_MAX 21
const char *cm_format_iso8601_utc(char *buf, int64_t epoch_ms);

/* Unix seconds to epoch milliseconds, refusing times before 1970 or after year 9999. */
bool cm_check_unix_seconds(cm_error *e, const char *field, int64_t seconds, int64_t *epoch_ms);

/* Wall-clock epoch milliseconds (token expiry, Walmart's replenish times). */
int64_t cm_clock_epoch_ms(void);

/* Monotonic milliseconds (waits). */
int64_t cm_clock_mono_ms(void);

/* Sleeps until the monotonic time given; false when a signal cut it short. */
bool cm_clock_sleep_until(int64_t mono_ms);

#endif
