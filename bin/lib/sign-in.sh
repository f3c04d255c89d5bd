# Sourced by the bin/ scripts that call the services as a person.
# sign_in USER PASSWORD_VARIABLE: prints an access token: $TOKEN when set, else one of the password grant of
# client complaints-cli at $ISSUER (http://127.0.0.1:18080/realms/complaints) for USER, with the password in
# the variable named (asked for when it is unset).

sign_in() {
  if [ -n "${TOKEN:-}" ]; then
    printf '%s' "$TOKEN"
    return
  fi
  local issuer=${ISSUER:-http://127.0.0.1:18080/realms/complaints} user=$1
  local password=${!2:-}
  if [ -z "$password" ]; then
    read -r -s -p "password of $user: " password </dev/tty
    echo >&2
  fi
  # the password goes through standard input, never on a command line
  printf '%s' "$password" | curl -s -d client_id=complaints-cli -d grant_type=password \
      --data-urlencode "username=$user" --data-urlencode "password@-" "${issuer%/}/protocol/openid-connect/token" \
    | python3 -c 'import json,sys
answer = json.load(sys.stdin)
if "access_token" not in answer:
    sys.exit("sign-in refused: %s" % answer.get("error_description", answer.get("error", "no token")))
print(answer["access_token"], end="")'
}
