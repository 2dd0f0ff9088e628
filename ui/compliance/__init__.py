"""The state-secret protection area: terms, carriers, destruction, the yearly report."""
