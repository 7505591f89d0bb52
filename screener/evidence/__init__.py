"""Forced-labour indicator evidence: spaCy matching, fuzzy repair, numeric rules and scope (DESIGN.md)."""
from screener.evidence.engine import EvidenceEngine, get_engine

__all__ = ["EvidenceEngine", "get_engine"]
