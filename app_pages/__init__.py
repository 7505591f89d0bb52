"""Streamlit pages and UI helpers of the screener app (UI only; the logic lives in ``screener``)."""
