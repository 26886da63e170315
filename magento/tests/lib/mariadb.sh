# A private MariaDB for tests and benchmarks: datadir and socket in $1, no networking. Sourced by tests/run and
# bench/run; mariadb_start sets MARIADB_PID and MARIADB_SOCKET, mariadb_stop ends it.
mariadb_start() {
    local dir=$1
    mkdir -p "$dir/data"
    mariadb-install-db --no-defaults --datadir="$dir/data" --user=root --auth-root-authentication-method=normal \
        --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log"; return 1; }
    mariadbd --no-defaults --datadir="$dir/data" --socket="$dir/sock" --skip-networking --user=root \
        --pid-file="$dir/pid" --log-error="$dir/err.log" --innodb-buffer-pool-size=128M \
        --innodb-flush-log-at-trx-commit=2 --max-connections=200 >"$dir/mariadbd.out" 2>&1 &
    MARIADB_PID=$!
    for _ in $(seq 1 200); do [ -S "$dir/sock" ] && break; sleep 0.05; done
    [ -S "$dir/sock" ] || { cat "$dir/err.log"; return 1; }
    MARIADB_SOCKET="$dir/sock"
}

mariadb_stop() {
    if [ -n "${MARIADB_PID:-}" ] && kill -0 "$MARIADB_PID" 2>/dev/null; then
        kill "$MARIADB_PID" 2>/dev/null
        for _ in $(seq 1 100); do kill -0 "$MARIADB_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$MARIADB_PID" 2>/dev/null || true
    fi
    MARIADB_PID=
}
