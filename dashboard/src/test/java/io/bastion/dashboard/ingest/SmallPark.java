package io.bastion.dashboard.ingest;

import io.bastion.ingest.load.TinyPark;

import java.nio.charset.StandardCharsets;

/**
 * Two files of ingest's hand-built TinyPark as the web layer receives them: the enterprise registry
 * (four units) and the park committee's JSON submission (two members, one 党课). Loading both gives
 * 4 fact_enterprise_month rows and 1 fact_submission row.
 */
final class SmallPark
{
    static final String REGISTRY_NAME = "企业名录_2025-03.csv";
    static final String COMMITTEE_NAME = "P001_2025-03.json";

    private SmallPark() {}

    static byte[] registry()
    {
        return TinyPark.registryCsv().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] committee()
    {
        return TinyPark.committeeJson("2025-03", "2025-04-03").getBytes(StandardCharsets.UTF_8);
    }
}
