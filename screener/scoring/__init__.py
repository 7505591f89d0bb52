"""Scoring: features, the explainable model, the ILO rule and escalation, vulnerability, the reference cohort."""
