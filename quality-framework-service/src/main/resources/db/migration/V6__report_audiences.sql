-- Who survey-service lets read a report's figures (ReportReleased/ReportWithheld.audiences, roles): the dashboards
-- show a report's figures only to callers with one of these roles. Outcomes stored before audiences were kept get
-- survey-service's rule of that time.
ALTER TABLE report_outcome ADD COLUMN audiences JSONB;
UPDATE report_outcome SET audiences = CASE status
    WHEN 'RELEASED' THEN '["programme-director", "supervisor", "coc", "education-advisor"]'::jsonb
    ELSE '["coc", "education-advisor"]'::jsonb END;
ALTER TABLE report_outcome ALTER COLUMN audiences SET NOT NULL;
