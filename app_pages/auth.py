"""Sign-in for the app: the identity provider (Streamlit OIDC), the local users file, or one local user.

- ``[auth]`` in ``.streamlit/secrets.toml``: Streamlit's built-in OIDC sign-in (``st.login``); roles by e-mail from
  the users file, viewer otherwise.
- ``SCREENER_USERS=users.yaml``: a sign-in form checked against bcrypt hashes (``screener users add``).
- Neither: one local user with every permission, and the app refuses to serve anything but localhost.
"""
from __future__ import annotations

import time

import streamlit as st

from screener.access import User, load_users, local_user, oidc_user, users_file, verify_password

USER = "signed_in_user"
FAILURES = "sign_in_failures"
MAX_FAILURES, LOCKOUT_S = 5, 60
LOOPBACK = {"localhost", "127.0.0.1", "::1"}


def _oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def mode() -> str:
    """"oidc", "password" or "local"."""
    if _oidc_configured():
        return "oidc"
    return "password" if users_file() is not None else "local"


def current_user() -> User | None:
    """The signed-in user, the local user, or None when nobody has signed in yet."""
    m = mode()
    if m == "local":
        return local_user()
    if m == "oidc":
        if not getattr(st.user, "is_logged_in", False):
            return None
        path = users_file()
        roles = load_users(path)[1] if path is not None else {}
        return oidc_user(str(st.user.get("email", "") or ""), str(st.user.get("name", "") or ""), roles)
    user = st.session_state.get(USER)
    return user if isinstance(user, User) else None


def _password_form() -> None:
    st.title("Sign in")
    st.caption("This screener holds audit evidence about workers. Sign in with the account your administrator gave you.")
    fails, since = st.session_state.get(FAILURES, (0, 0.0))
    locked = fails >= MAX_FAILURES and time.monotonic() - since < LOCKOUT_S
    with st.form("sign_in"):
        username = st.text_input("User name")
        password = st.text_input("Password", type="password")
        submitted = st.form_submit_button("Sign in", type="primary", disabled=locked)
    if locked:
        st.error(f"Too many failed attempts. Wait {LOCKOUT_S} seconds, then try again.")
        return
    if submitted:
        path = users_file()
        users = load_users(path)[0] if path is not None else {}
        user = verify_password(users, username, password)
        if user is None:
            st.session_state[FAILURES] = (fails + 1, time.monotonic())
            st.error("The user name or password is wrong.")
            return
        st.session_state.pop(FAILURES, None)
        st.session_state[USER] = user
        st.rerun()


def require_user() -> User:
    """The user for this session; shows the sign-in screen and stops the page until someone has signed in."""
    m = mode()
    if m == "local":
        address = str(st.get_option("server.address") or "")  # unset: Streamlit listens on every interface
        if address not in LOOPBACK:
            where = f"on '{address}'" if address else "without --server.address, so on every network interface"
            st.error(f"Sign-in is not configured, so this app serves only this computer (localhost), but it was "
                     f"started {where}. Start it with --server.address localhost (make run does), or set "
                     "SCREENER_USERS to a users file (screener users add) or configure an identity provider in "
                     ".streamlit/secrets.toml.")
            st.stop()
        return local_user()
    user = current_user()
    if user is not None:
        return user
    if m == "oidc":
        st.title("Sign in")
        st.caption("Sign in with your organisation's account.")
        if st.button("Sign in", type="primary"):
            st.login()
    else:
        _password_form()
    st.stop()
    raise RuntimeError("unreachable")  # st.stop() ends the script run


def sign_out() -> None:
    """End this session's sign-in."""
    if mode() == "oidc":
        st.logout()
    st.session_state.pop(USER, None)
    st.rerun()


def describe(user: User) -> str:
    """One line for the sidebar: who is signed in, with which role, and how."""
    if user.method == "local":
        return ("**Single-user mode**: no sign-in is configured, so the app serves this computer only and you have "
                "every permission. Set `SCREENER_USERS` to a users file to have people sign in.")
    return f"Signed in as **{user.label}** · role: {user.role}"
