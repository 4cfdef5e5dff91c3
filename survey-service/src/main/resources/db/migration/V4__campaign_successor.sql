-- Year on year: a campaign made from last year's (POST /api/campaigns/{id}/successor) names it. A campaign has at
-- most one successor; its reports show a programme's theme scores of the earlier years along this chain.
ALTER TABLE campaign ADD COLUMN previous_campaign_id uuid REFERENCES campaign (id);
ALTER TABLE campaign ADD CONSTRAINT campaign_one_successor UNIQUE (previous_campaign_id);
