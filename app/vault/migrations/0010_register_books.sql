-- Registers as books: volumes, corrections, hand-entered entries.
SELECT 1;
