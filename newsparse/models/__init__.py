"""Shipped model weights, as plain Python data (no runtime dependency to read them)."""
