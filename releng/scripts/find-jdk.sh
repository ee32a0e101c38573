# Sourced by ./build and ./veikart. Exports JAVA_HOME pointing at a JDK 21 or newer
# (Tycho 5 and Eclipse 4.39 need it); the default `java` on the machine may be older.
# Order: $JAVA_HOME, `java` on PATH, then the newest JDK under /usr/lib/jvm.

veikart_java_major() {  # prints the feature version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1 | grep . || echo 0
}

veikart_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(veikart_java_major "$JAVA_HOME/bin/java")
    if [ "$major" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(veikart_java_major "$candidate/bin/java")
    if [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/javac" ] || continue
    major=$(veikart_java_major "$candidate/bin/java")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  [ -n "$best" ] && { echo "$best"; return 0; }
  return 1
}

if ! VEIKART_JDK=$(veikart_find_jdk); then
  echo "Veikart needs a JDK 21 or newer (Tycho 5 and Eclipse 4.39 require it), and none was found" >&2
  echo "in JAVA_HOME, on the PATH or under /usr/lib/jvm. Install one, for example:" >&2
  echo "  apt-get install openjdk-21-jdk      (or a Temurin 21+ JDK), then run this again." >&2
  exit 2
fi
export JAVA_HOME="$VEIKART_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
