"""Who may do what: users, roles and their permissions, and the local file of users with hashed passwords.

Roles (DESIGN.md section 8):
- viewer: sees the scores and redacted evidence;
- reviewer: also records decisions and edits corrective-action plans and referrals;
- data officer: may also see raw personal data (every view is written to the audit log);
- admin: everything, and manages users.

The users file (``SCREENER_USERS``, YAML) lists ``users: [{username, name, role, password_hash}]``, with bcrypt
hashes (``screener users add``). Organisations with an identity provider use Streamlit's OIDC sign-in instead and
give roles by e-mail in the same file (``oidc_roles: {email: role}``; anyone else signed in is a viewer).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from screener.errors import InputError

ROLES: tuple[str, ...] = ("viewer", "reviewer", "data officer", "admin")
PERMISSIONS: dict[str, frozenset[str]] = {
    "viewer": frozenset({"view"}),
    "reviewer": frozenset({"view", "decide", "edit_plans"}),
    "data officer": frozenset({"view", "decide", "edit_plans", "view_raw"}),
    "admin": frozenset({"view", "decide", "edit_plans", "view_raw", "manage_users"}),
}
USERS_ENV = "SCREENER_USERS"
MIN_PASSWORD_LENGTH = 10


@dataclass(frozen=True)
class User:
    """A signed-in person (or the single local user when no sign-in is configured)."""

    username: str
    name: str
    role: str
    method: str  # "password" | "oidc" | "local"

    def can(self, permission: str) -> bool:
        """True when the user's role grants ``permission`` (view, decide, edit_plans, view_raw, manage_users)."""
        return permission in PERMISSIONS.get(self.role, frozenset())

    @property
    def label(self) -> str:
        """How the user is named in decisions and the audit log: the display name."""
        return self.name or self.username


@dataclass(frozen=True)
class UserRecord:
    """One entry of the users file."""

    username: str
    name: str
    role: str
    password_hash: str


def users_file() -> Path | None:
    """The users file named by ``SCREENER_USERS``, or None when sign-in is not configured."""
    env = os.environ.get(USERS_ENV, "").strip()
    return Path(env) if env else None


def _check_role(role: str, where: str) -> str:
    role = " ".join(str(role).replace("_", " ").split()).lower()
    if role not in ROLES:
        raise InputError(f"unknown role '{role}' ({where}); use one of: {', '.join(ROLES)}")
    return role


def load_users(path: Path) -> tuple[dict[str, UserRecord], dict[str, str]]:
    """Users by username, and OIDC roles by lower-case e-mail, from a users file (InputError when malformed)."""
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read the users file: {exc}", file=str(path)) from exc
    data = data or {}
    if not isinstance(data, dict):
        raise InputError("the users file must be a mapping with 'users' and optional 'oidc_roles'", file=str(path))
    users: dict[str, UserRecord] = {}
    for n, entry in enumerate(data.get("users") or [], start=1):
        if not isinstance(entry, dict) or not entry.get("username") or not entry.get("password_hash"):
            raise InputError(f"user entry {n} needs a username and a password_hash", file=str(path))
        username = str(entry["username"]).strip()
        users[username] = UserRecord(username, str(entry.get("name") or username).strip(),
                                     _check_role(entry.get("role", "viewer"), f"user '{username}'"),
                                     str(entry["password_hash"]))
    oidc = {str(k).strip().lower(): _check_role(v, f"oidc_roles of {k}") for k, v in (data.get("oidc_roles") or {}).items()}
    return users, oidc


def save_users(path: Path, users: dict[str, UserRecord], oidc_roles: dict[str, str] | None = None) -> None:
    """Write the users file (readable by its owner only)."""
    data: dict[str, Any] = {"users": [{"username": u.username, "name": u.name, "role": u.role,
                                        "password_hash": u.password_hash} for u in users.values()]}
    if oidc_roles:
        data["oidc_roles"] = dict(oidc_roles)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(path)


def hash_password(password: str) -> str:
    """A bcrypt hash of the password (ValueError when it is too short)."""
    import bcrypt

    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
    return bcrypt.hashpw(password.encode("utf-8")[:72], bcrypt.gensalt()).decode("ascii")


def verify_password(users: dict[str, UserRecord], username: str, password: str) -> User | None:
    """The user when the password matches their hash, else None (the same work either way)."""
    import bcrypt

    record = users.get(username.strip())
    dummy = "$2b$12$" + "C" * 53  # a well-formed hash that matches nothing, to keep timing alike
    try:
        ok = bcrypt.checkpw(password.encode("utf-8")[:72], (record.password_hash if record else dummy).encode("ascii"))
    except ValueError:
        ok = False
    if not ok or record is None:
        return None
    return User(record.username, record.name, record.role, "password")


def oidc_user(email: str, name: str, oidc_roles: dict[str, str]) -> User:
    """The user signed in through the identity provider, with the role the users file gives their e-mail."""
    email = email.strip().lower()
    return User(email, name.strip() or email, oidc_roles.get(email, "viewer"), "oidc")


def local_user() -> User:
    """The single local user of an app without sign-in (bound to localhost): every permission."""
    import getpass

    try:
        account = getpass.getuser()
    except (KeyError, OSError):
        account = "local"
    return User(account, f"local user {account}", "admin", "local")
