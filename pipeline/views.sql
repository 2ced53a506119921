-- Views for analysts, created in every published warehouse (see warehouse/README.md).

-- One row per event, newest first, with the names of everyone taking part.
CREATE VIEW engagement_timeline AS
SELECT
    e.event_id,
    e.date_start,
    e.date_end,
    e.date_precision,
    e.event_type,
    e.status,
    e.plover_type,
    e.location,
    e.host_country_iso3,
    e.mechanism,
    e.mechanism_round,
    string_agg(DISTINCT a.name, '; ' ORDER BY a.name) FILTER (WHERE a.actor_type = 'person') AS persons,
    string_agg(DISTINCT coalesce(a.country_iso3, ''), ', ' ORDER BY coalesce(a.country_iso3, '')) FILTER (WHERE a.country_iso3 IS NOT NULL) AS countries,
    e.summary,
    e.n_documents
FROM events e
LEFT JOIN event_participants p USING (event_id)
LEFT JOIN actors a USING (actor_id)
GROUP BY ALL
ORDER BY e.date_start DESC NULLS LAST, e.event_type, e.event_id;

-- Bilateral trade per year and direction (trade_total has no direction).
CREATE VIEW trade_by_year AS
SELECT
    year(period_start) AS year,
    metric,
    from_country_iso3,
    to_country_iso3,
    value AS value_usd,
    change_pct,
    source_org,
    n_documents,
    indicator_id
FROM indicators
WHERE metric IN ('trade_total', 'exports', 'imports')
  AND unit = 'USD'
  AND period_precision = 'year'
ORDER BY year DESC, metric, from_country_iso3;

-- The same metric, subject, period and direction reported with different values by the sources.
CREATE VIEW indicator_conflicts AS
SELECT
    i.metric,
    i.subject,
    i.period_start,
    i.period_end,
    i.from_country_iso3,
    i.to_country_iso3,
    i.unit,
    i.indicator_id,
    i.value,
    i.source_org,
    i.n_documents
FROM indicators i
JOIN (
    SELECT metric, subject, period_start, period_end, from_country_iso3, to_country_iso3, unit
    FROM indicators
    GROUP BY ALL
    HAVING count(DISTINCT value) > 1
) c
  ON i.metric = c.metric
 AND i.unit = c.unit
 AND i.subject IS NOT DISTINCT FROM c.subject
 AND i.period_start IS NOT DISTINCT FROM c.period_start
 AND i.period_end IS NOT DISTINCT FROM c.period_end
 AND i.from_country_iso3 IS NOT DISTINCT FROM c.from_country_iso3
 AND i.to_country_iso3 IS NOT DISTINCT FROM c.to_country_iso3
ORDER BY i.metric, i.period_start, i.value;

-- Who held which title, with the first and last date of the evidence.
CREATE VIEW person_positions AS
SELECT
    a.actor_id,
    a.name,
    p.title,
    p.country_iso3,
    min(d.reference_date) AS first_evidence_date,
    max(d.reference_date) AS last_evidence_date,
    count(DISTINCT p.doc_id) AS n_documents
FROM positions p
JOIN actors a USING (actor_id)
JOIN documents d USING (doc_id)
GROUP BY ALL
ORDER BY a.name, p.title;

-- Agreements counted per signing year and type.
CREATE VIEW agreements_by_year AS
SELECT
    year(signed_date) AS year,
    agreement_type,
    count(*) AS n_agreements,
    sum(coalesce(quantity, 1)) AS n_instruments
FROM agreements
GROUP BY ALL
ORDER BY year DESC NULLS LAST, agreement_type;

-- "Show me the sentence": every fact with the sentence and document that support it.
CREATE VIEW fact_evidence AS
WITH m AS (
    SELECT 'event' AS fact_type, event_id AS fact_id, doc_id, sentence_id, char_start, char_end FROM event_mentions
    UNION ALL
    SELECT 'agreement', agreement_id, doc_id, sentence_id, char_start, char_end FROM agreement_mentions
    UNION ALL
    SELECT 'indicator', indicator_id, doc_id, sentence_id, char_start, char_end FROM indicator_mentions
)
SELECT
    m.fact_type,
    m.fact_id,
    m.doc_id,
    d.source_path,
    d.title AS document_title,
    d.publisher,
    d.url,
    m.sentence_id,
    m.char_start,
    m.char_end,
    substr(d.text, m.char_start + 1, m.char_end - m.char_start) AS evidence_text,
    s.text AS sentence_text
FROM m
JOIN documents d USING (doc_id)
LEFT JOIN sentences s USING (doc_id, sentence_id)
ORDER BY m.fact_type, m.fact_id, m.doc_id, m.sentence_id;
