PHP_ARG_ENABLE([channelmgr],
  [whether to enable channelmgr (Walmart Marketplace sync for Magento)],
  [AS_HELP_STRING([--enable-channelmgr], [Enable channelmgr])],
  [no])

if test "$PHP_CHANNELMGR" != "no"; then
  PKG_CHECK_MODULES([CURL], [libcurl >= 7.68.0])
  PHP_EVAL_INCLINE([$CURL_CFLAGS])
  PHP_EVAL_LIBLINE([$CURL_LIBS], [CHANNELMGR_SHARED_LIBADD])

  PKG_CHECK_MODULES([JSONC], [json-c >= 0.13])
  PHP_EVAL_INCLINE([$JSONC_CFLAGS])
  PHP_EVAL_LIBLINE([$JSONC_LIBS], [CHANNELMGR_SHARED_LIBADD])

  dnl The plain-C core (cm_*.c) is also built without PHP by tests/core (see Makefile.frag).
  CHANNELMGR_CORE="ext/cm_buf.c ext/cm_error.c ext/cm_text.c ext/cm_time.c ext/cm_tables.c ext/cm_payload.c ext/cm_status.c ext/cm_http.c ext/cm_answer.c ext/cm_json.c ext/cm_retry.c ext/cm_token.c ext/cm_ops.c ext/cm_pace.c ext/cm_sentence.c ext/cm_walmart.c ext/cm_batch.c"
  PHP_SUBST([CHANNELMGR_CORE])

  PHP_NEW_EXTENSION([channelmgr],
    [ext/channelmgr.c ext/php_cm_input.c ext/php_cm_client.c ext/php_cm_batch.c ext/php_cm_json.c $CHANNELMGR_CORE],
    [$ext_shared],, [-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -fvisibility=hidden])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext])
  PHP_ADD_MAKEFILE_FRAGMENT([$ext_srcdir/Makefile.frag])
  PHP_SUBST([CHANNELMGR_SHARED_LIBADD])
fi
