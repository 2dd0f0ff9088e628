-- Carriers (USB sticks), their uses, and destruction procedures.
SELECT 1;
