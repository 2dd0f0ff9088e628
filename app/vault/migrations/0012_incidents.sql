-- Incidents (loss or leak of secrets) for the yearly report.
SELECT 1;
