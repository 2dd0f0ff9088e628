-- Attachment bytes move out of SQLCipher into AES-256-GCM files beside the
-- database (blobs/ab/ab12…, see docs/key-hierarchy.md). The row keeps the
-- file's random name and its own random 256-bit key, so deleting the row
-- (secure_delete + VACUUM) leaves any remnant of the file unreadable.
-- Both NULL: the bytes are still inline in blob_chunks (a vault made before
-- this migration); they are moved to files when the vault is opened.
ALTER TABLE blobs ADD COLUMN file TEXT;
ALTER TABLE blobs ADD COLUMN file_key BLOB;
CREATE UNIQUE INDEX blobs_by_file ON blobs(file) WHERE file IS NOT NULL;
