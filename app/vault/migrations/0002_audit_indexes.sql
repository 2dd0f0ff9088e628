-- The audit viewer filters by user, action and object.
CREATE INDEX audit_by_user ON audit(username);
CREATE INDEX audit_by_action ON audit(action);
CREATE INDEX audit_by_object ON audit(object_kind, object_id);
