-- The Kwaliteitskader's own words around the matrix (reference/003): the heading of the examples column, and the
-- disclaimer in full (its last sentence, on where to find more examples, was left out of version 1's transcription).
-- A correction of the transcription, not of the framework's content: version 1 keeps its tasks and examples as imported.
ALTER TABLE framework_actor ADD COLUMN examples_heading VARCHAR(300);

UPDATE framework_actor SET examples_heading = 'Voorbeelden waaruit dit kan blijken. U kunt:'
WHERE framework_id IN (SELECT id FROM framework WHERE code = 'KWALITEITSKADER-CLUSTER-2' AND version = '1');

UPDATE framework SET disclaimer = 'De taken en voorbeelden in de tabellen zijn niet uitputtend; ze kunnen richtinggevend zijn bij het inrichten van een kwaliteitszorgsysteem voor de opleiding. Een volledig overzicht van verantwoordelijkheden vindt u in het CCMS-Kaderbesluit, de landelijke opleidingsplannen en de regionale uitwerking van deze landelijke opleidingsplannen. Meer voorbeelden van de invulling van taken per actor vindt u op www.knmg.nl/cgs/kwaliteitenerkenning.'
WHERE code = 'KWALITEITSKADER-CLUSTER-2' AND version = '1';
