#!/usr/bin/env python3
"""Writes complaints-realm.json, the Keycloak realm of the local and compose runs and the end-to-end tests.

    python3 deploy/keycloak/generate-realm.py      # then commit deploy/keycloak/complaints-realm.json

It also writes the same realm as the Keycloak Operator's KeycloakRealmImport of the local Kubernetes overlay
(deploy/k8s/overlays/local/keycloak-realm-import.yaml).

The token contract the services rely on: issuer .../realms/complaints; aud contains complaints-api;
preferred_username (the actor id); unit and department (user attributes); realm roles in realm_access.roles.
The realm names no host or port: Keycloak derives the issuer from the address it is called on.
Passwords and client secrets here are DEVELOPMENT values; production supplies its own realm and secrets.
"""
import json
from pathlib import Path

DEV_PASSWORD = "complaints"
CONSOLE_SECRET = "dev-only-console-secret"
NOTIFICATION_SECRET = "dev-only-notification-secret"
ANALYTICS_SECRET = "dev-only-analytics-secret"
PROMETHEUS_SECRET = "dev-only-prometheus-secret"

ROLES = {
    "INTAKE_AGENT": "registers complaints from any channel (投诉受理人)",
    "COORDINATOR": "triages, tracks deadlines, keeps the ledger (投诉管理对接人)",
    "HANDLER": "investigates, proposes and executes the remedy (责任部门经办人)",
    "APPROVER": "approves remedies of level-1 and level-2 complaints (分管领导)",
    "CALLBACK_AGENT": "calls the complainant back (回访人)",
    "HQ_SUPERVISOR": "watches escalations across all units, can take a case over (管理总部)",
    "ANALYST": "monthly and yearly statistics (质量管理部)",
    "OPERATOR": "runs the platform: replays, dead letters, configuration",
    "AUDITOR": "verifies the tamper-evident audit trail of the event stores, exports its checkpoints",
    "SERVICE": "a service calling another service (client credentials)",
}

# The organisation tree: HQ, its subsidiaries, their branches.
UNITS = ["HQ", "SH", "SH-PD", "SH-XH", "BJ", "BJ-CY", "BJ-HD", "GZ", "GZ-TH"]
SUBSIDIARIES = ["SH", "BJ", "GZ"]

# Every unit has one sample person per role of the handling; ids read <unit>.<role>, e.g. shpd.handler.
# The callback agent is in another department than the handler (a callback agent must not belong to
# the responsible department).
PER_UNIT = [
    ("agent", "INTAKE_AGENT", None),
    ("coordinator", "COORDINATOR", "customer-service"),
    ("handler", "HANDLER", "billing"),
    ("approver", "APPROVER", None),
    ("callback", "CALLBACK_AGENT", "service"),
]

# People notification-service's directory (notification-service/src/main/resources/application.yml) addresses,
# beyond those the scheme above already gives: a signed-in person is the person notifications address.
DIRECTORY = [
    ("hq.leader", "HQ", "APPROVER", None),
    ("sh.leader", "SH", "APPROVER", None),
    ("shpd.leader", "SH-PD", "APPROVER", None),
    ("shpd.billing.manager", "SH-PD", "HANDLER", "billing"),
    ("handler.wang", "SH-PD", "HANDLER", "billing"),
    ("bj.leader", "BJ", "APPROVER", None),
    ("bjcy.leader", "BJ-CY", "APPROVER", None),
    ("gz.leader", "GZ", "APPROVER", None),
    ("gzth.leader", "GZ-TH", "APPROVER", None),
]


def prefix(unit):
    return unit.replace("-", "").lower()


def sample_people():
    people = []
    for unit in UNITS:
        people += [(f"{prefix(unit)}.{name}", unit, role, department) for name, role, department in PER_UNIT]
    people += [("hq.supervisor", "HQ", "HQ_SUPERVISOR", None), ("hq.operator", "HQ", "OPERATOR", None),
               ("hq.auditor", "HQ", "AUDITOR", None)]
    people += [(f"{prefix(unit)}.analyst", unit, "ANALYST", "quality") for unit in ["HQ"] + SUBSIDIARIES]
    return people + DIRECTORY


def user(username, unit, role, department):
    attributes = {"unit": [unit]}
    if department:
        attributes["department"] = [department]
    first, _, last = username.partition(".")
    return {
        "username": username,
        "enabled": True,
        "email": f"{username}@example.com",
        "emailVerified": True,
        "firstName": first,
        "lastName": last,
        "attributes": attributes,
        "credentials": [{"type": "password", "value": DEV_PASSWORD, "temporary": False}],
        "realmRoles": [role],
    }


def mapper(name, mapper_type, **config):
    defaults = {"access.token.claim": "true", "introspection.token.claim": "true"}
    return {"name": name, "protocol": "openid-connect", "protocolMapper": mapper_type,
            "consentRequired": False, "config": {**defaults, **config}}


def attribute(name, attr, claim, **config):
    return mapper(name, "oidc-usermodel-attribute-mapper", **{
        "user.attribute": attr, "claim.name": claim, "jsonType.label": "String",
        "id.token.claim": "true", "userinfo.token.claim": "true", **config})


def scope(name, description, mappers, in_token_scope=True):
    return {"name": name, "description": description, "protocol": "openid-connect",
            "attributes": {"include.in.token.scope": str(in_token_scope).lower(),
                           "display.on.consent.screen": "false"},
            "protocolMappers": mappers}


# Keycloak creates its built-in scopes only for a realm that lists none, so the ones tokens need are listed here.
CLIENT_SCOPES = [
    scope("basic", "sub and auth_time", [
        mapper("sub", "oidc-sub-mapper"),
        mapper("auth time", "oidc-usersessionmodel-note-mapper", **{
            "user.session.note": "AUTH_TIME", "claim.name": "auth_time", "jsonType.label": "long",
            "id.token.claim": "true"})], in_token_scope=False),
    scope("profile", "the person's name and user name", [
        attribute("username", "username", "preferred_username"),
        attribute("given name", "firstName", "given_name"),
        attribute("family name", "lastName", "family_name"),
        mapper("full name", "oidc-full-name-mapper", **{"id.token.claim": "true", "userinfo.token.claim": "true"})]),
    scope("email", "the person's e-mail address", [
        attribute("email", "email", "email"),
        mapper("email verified", "oidc-usermodel-property-mapper", **{
            "user.attribute": "emailVerified", "claim.name": "email_verified", "jsonType.label": "boolean",
            "id.token.claim": "true", "userinfo.token.claim": "true"})]),
    scope("roles", "realm roles in realm_access.roles", [
        mapper("realm roles", "oidc-usermodel-realm-role-mapper", **{
            "claim.name": "realm_access.roles", "jsonType.label": "String", "multivalued": "true"}),
        mapper("audience resolve", "oidc-audience-resolve-mapper")], in_token_scope=False),
    scope("web-origins", "allowed CORS origins", [mapper("allowed web origins", "oidc-allowed-origins-mapper")],
          in_token_scope=False),
    scope("acr", "authentication context class", [mapper("acr loa level", "oidc-acr-mapper", **{"id.token.claim": "true"})],
          in_token_scope=False),
    scope("complaints", "what the complaint services read: audience complaints-api, unit, department", [
        mapper("audience complaints-api", "oidc-audience-mapper", **{"included.custom.audience": "complaints-api",
                                                                     "id.token.claim": "false"}),
        attribute("unit", "unit", "unit"),
        attribute("department", "department", "department")], in_token_scope=False),
]
DEFAULT_SCOPES = [s["name"] for s in CLIENT_SCOPES]


def client(client_id, name, **settings):
    return {"clientId": client_id, "name": name, "enabled": True, "protocol": "openid-connect",
            "publicClient": False, "standardFlowEnabled": False, "implicitFlowEnabled": False,
            "directAccessGrantsEnabled": False, "serviceAccountsEnabled": False,
            "frontchannelLogout": True, "fullScopeAllowed": True,
            "defaultClientScopes": DEFAULT_SCOPES, "optionalClientScopes": [], **settings}


CONSOLE_URLS = ["http://127.0.0.1:8080/*", "http://localhost:8080/*"]
CLIENTS = [
    client("complaints-console", "Web console", secret=CONSOLE_SECRET, standardFlowEnabled=True,
           redirectUris=CONSOLE_URLS, webOrigins=["+"],
           attributes={"pkce.code.challenge.method": "S256", "post.logout.redirect.uris": "##".join(CONSOLE_URLS)}),
    client("complaints-cli", "Command line, DEVELOPMENT ONLY: password grant for curl and tests",
           publicClient=True, directAccessGrantsEnabled=True),
    client("notification-service", "notification-service calling intake-service",
           secret=NOTIFICATION_SECRET, serviceAccountsEnabled=True),
    client("analytics-service", "analytics-service having intake-service open sealed texts",
           secret=ANALYTICS_SECRET, serviceAccountsEnabled=True),
    client("prometheus", "Prometheus scraping /actuator/prometheus of every service",
           secret=PROMETHEUS_SECRET, serviceAccountsEnabled=True),
]



def service_account(client_id, role):
    """A client's service account: unit HQ, so that it is not bound to one branch."""
    return {"username": f"service-account-{client_id}", "enabled": True, "serviceAccountClientId": client_id,
            "attributes": {"unit": ["HQ"]}, "realmRoles": [role]}


SERVICE_ACCOUNTS = [
    # notification-service reads complaints of every unit from intake-service
    service_account("notification-service", "SERVICE"),
    # analytics-service has intake-service open the complainants' sealed texts of the ledger
    service_account("analytics-service", "SERVICE"),
    # Prometheus reads /actuator/prometheus, which only OPERATOR may
    service_account("prometheus", "OPERATOR"),
]

# unit and department are set by administrators only: a person cannot move themselves to another unit.
ADMIN_ONLY = {"view": ["admin"], "edit": ["admin"]}
SELF_EDIT = {"view": ["admin", "user"], "edit": ["admin", "user"]}
USER_PROFILE = {
    "attributes": [
        {"name": "username", "displayName": "${username}", "permissions": SELF_EDIT, "multivalued": False,
         "validations": {"length": {"min": 3, "max": 64}, "pattern": {
             "pattern": "^[A-Za-z0-9._@-]+$", "error-message": "letters, digits and . _ @ - only"}}},
        {"name": "email", "displayName": "${email}", "permissions": SELF_EDIT, "multivalued": False,
         "validations": {"email": {}, "length": {"max": 255}}},
        {"name": "firstName", "displayName": "${firstName}", "permissions": SELF_EDIT, "multivalued": False,
         "validations": {"length": {"max": 255}}},
        {"name": "lastName", "displayName": "${lastName}", "permissions": SELF_EDIT, "multivalued": False,
         "validations": {"length": {"max": 255}}},
        {"name": "unit", "displayName": "Unit (organisation unit code, e.g. SH-PD)", "permissions": ADMIN_ONLY,
         "multivalued": False, "validations": {"options": {"options": UNITS}}},
        {"name": "department", "displayName": "Department (e.g. billing)", "permissions": ADMIN_ONLY,
         "multivalued": False, "validations": {"pattern": {"pattern": "^[a-z][a-z0-9-]{0,31}$",
                                                            "error-message": "a department code, e.g. billing"}}},
    ],
}

REALM = {
    "realm": "complaints",
    "displayName": "Complaints",
    "enabled": True,
    "sslRequired": "external",
    "registrationAllowed": False,
    "resetPasswordAllowed": False,
    "editUsernameAllowed": False,
    "accessTokenLifespan": 300,
    "bruteForceProtected": True,
    "permanentLockout": False,
    "failureFactor": 10,
    "roles": {"realm": [{"name": name, "description": text} for name, text in ROLES.items()]},
    "clientScopes": CLIENT_SCOPES,
    "defaultDefaultClientScopes": DEFAULT_SCOPES,
    "defaultOptionalClientScopes": [],
    "clients": CLIENTS,
    "users": [user(*person) for person in sample_people()] + SERVICE_ACCOUNTS,
    "components": {"org.keycloak.userprofile.UserProfileProvider": [{
        "providerId": "declarative-user-profile",
        "config": {"kc.user.profile.config": [json.dumps(USER_PROFILE, ensure_ascii=False)]}}]},
}

REALM_IMPORT = {
    "apiVersion": "k8s.keycloak.org/v2alpha1",
    "kind": "KeycloakRealmImport",
    "metadata": {"name": "complaints-realm"},
    "spec": {"keycloakCRName": "complaints-keycloak", "realm": REALM},
}

if __name__ == "__main__":
    target = Path(__file__).with_name("complaints-realm.json")
    target.write_text(json.dumps(REALM, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    realm_import = Path(__file__).parents[1] / "k8s" / "overlays" / "local" / "keycloak-realm-import.yaml"
    realm_import.write_text("# Written by deploy/keycloak/generate-realm.py (JSON is YAML): the DEVELOPMENT realm, for the local overlay only.\n"
                            + json.dumps(REALM_IMPORT, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {target}: {len(REALM['users'])} users, {len(CLIENTS)} clients")
