"""``screener users``: manage the local file of app users, their roles and hashed passwords."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from screener.access import ROLES, UserRecord, hash_password, load_users, save_users, users_file
from screener.errors import InputError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``screener users``."""
    parser.add_argument("action", choices=("add", "role", "remove", "list"),
                        help="add a user (or reset their password), change a role, remove a user, or list users")
    parser.add_argument("username", nargs="?", help="the user's sign-in name (not needed for list)")
    parser.add_argument("--file", metavar="PATH",
                        help="users file (default: $SCREENER_USERS); the app signs users in only when it is set")
    parser.add_argument("--name", help="display name shown in decisions and the audit log (default: the username)")
    parser.add_argument("--role", choices=ROLES, help="viewer, reviewer, data officer or admin (add: default viewer)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from standard input instead of prompting for it")


def _path(args: argparse.Namespace) -> Path:
    path = Path(args.file) if args.file else users_file()
    if path is None:
        raise InputError("no users file: give --file PATH or set SCREENER_USERS")
    return path


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat it: ") != first:
        raise InputError("the two passwords differ")
    return first


def run(args: argparse.Namespace) -> int:
    """Change the users file; prints what changed (never a password or hash)."""
    path = _path(args)
    users, oidc = load_users(path)
    if args.action == "list":
        for u in users.values():
            print(f"{u.username}\t{u.role}\t{u.name}")
        for email, role in oidc.items():
            print(f"{email}\t{role}\t(sign-in through the identity provider)")
        return 0
    if not args.username:
        raise InputError(f"'users {args.action}' needs a USERNAME")
    name = args.username.strip()
    if args.action == "remove":
        if users.pop(name, None) is None:
            raise InputError(f"no user '{name}'", file=str(path))
        save_users(path, users, oidc)
        print(f"removed {name}")
        return 0
    if args.action == "role":
        if name not in users or not args.role:
            raise InputError(f"'users role' needs an existing user and --role (user '{name}')", file=str(path))
        old = users[name]
        users[name] = UserRecord(old.username, old.name, args.role, old.password_hash)
        save_users(path, users, oidc)
        print(f"{name}: {old.role} -> {args.role}")
        return 0
    try:
        hashed = hash_password(_password(args))
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    old_rec = users.get(name)
    role = args.role or (old_rec.role if old_rec else "viewer")
    users[name] = UserRecord(name, (args.name or (old_rec.name if old_rec else name)).strip(), role, hashed)
    save_users(path, users, oidc)
    print(f"{'updated' if old_rec else 'added'} {name} ({role}) in {path}")
    return 0
