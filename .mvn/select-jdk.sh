# Sourced by ./mvnw and local/run. Exports JAVA_HOME pointing at a JDK >= 21.
# Keeps a JAVA_HOME that is already new enough; otherwise takes the java on PATH if it is;
# otherwise the newest JDK >= 21 found in the usual install folders.

gongjiang_java_major() {
  # prints the feature version of the JDK at $1 (e.g. 17, 21, 25), or nothing
  local home="$1"
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  "$home/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

gongjiang_select_jdk() {
  local wanted=21 major candidate best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(gongjiang_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$wanted" ]; then return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(gongjiang_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$wanted" ]; then export JAVA_HOME="$candidate"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/*jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$candidate" ] || continue
    major=$(gongjiang_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$wanted" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "No JDK >= $wanted found (JAVA_HOME=${JAVA_HOME:-unset}; looked in /usr/lib/jvm, /opt)." >&2
    echo "Install one (for example Temurin 21 or 25) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$(readlink -f "$best")"
}
