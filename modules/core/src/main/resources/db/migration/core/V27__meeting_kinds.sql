-- Meetings of the kinds an agency declares (a court's 联席会议, a company's 两级领导班子碰头会) beside the
-- core's monthly 研判例会, which every meeting recorded so far is. The bodies from outside the unit that
-- took part (参加单位) are recorded for the kinds that name them.
ALTER TABLE analysis_meeting ADD COLUMN meeting_kind VARCHAR(64) NOT NULL DEFAULT 'analysis';
ALTER TABLE analysis_meeting ADD COLUMN outside_bodies VARCHAR(1000);
CREATE INDEX ix_analysis_meeting_kind ON analysis_meeting (meeting_kind, held_on);
