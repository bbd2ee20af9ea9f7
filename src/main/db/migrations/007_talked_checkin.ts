import type { Migration } from '../migrate';

/**
 * The hurt partner's daily question was "Did you raise the past again today?", a yes or no
 * that read as if talking about it were a failure. It is now "Did you talk about it today?
 * Did it help?" (`talked`). Old answers stay readable: a yes becomes `yes` ("talked about it,
 * before Mend asked whether it helped"), a no stays `no`. Only the JSON of was-hurt rows that
 * still carry `raisedPast` changes; nothing else is touched.
 */
export const talkedCheckinMigration: Migration = {
  version: 7,
  name: 'talked-checkin',
  up(db) {
    db.prepare(
      `UPDATE tracker_checkins
       SET answers = json_remove(
         json_set(answers, '$.talked', CASE json_extract(answers, '$.raisedPast') WHEN 1 THEN 'yes' ELSE 'no' END),
         '$.raisedPast')
       WHERE track = 'was-hurt'
         AND json_valid(answers)
         AND json_type(answers, '$.raisedPast') IN ('true', 'false')
         AND json_type(answers, '$.talked') IS NULL`,
    ).run();
  },
};
