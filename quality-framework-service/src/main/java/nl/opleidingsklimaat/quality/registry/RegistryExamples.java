package nl.opleidingsklimaat.quality.registry;

/** Request and response examples of the registry API, shown in Swagger UI. */
final class RegistryExamples {
    static final String NEW_REGION = """
            {"code": "OOR-LEIDEN", "name": "OOR Leiden"}""";
    static final String REGION = """
            {"code": "OOR-LEIDEN", "name": "OOR Leiden", "active": true}""";
    static final String NEW_INSTITUTION = """
            {"code": "LUMC", "name": "Leids Universitair Medisch Centrum", "regionCode": "OOR-LEIDEN"}""";
    static final String INSTITUTION = """
            {"code": "LUMC", "name": "Leids Universitair Medisch Centrum", "regionCode": "OOR-LEIDEN", "active": true}""";
    static final String NEW_SPECIALTY = """
            {"code": "INT", "name": "Interne geneeskunde"}""";
    static final String SPECIALTY = """
            {"code": "INT", "name": "Interne geneeskunde", "active": true}""";
    static final String NEW_CLUSTER = """
            {"code": "OOR-LEIDEN-INT", "name": "Cluster interne geneeskunde Leiden", "regionCode": "OOR-LEIDEN", "specialtyCode": "INT"}""";
    static final String CLUSTER = """
            {"code": "OOR-LEIDEN-INT", "name": "Cluster interne geneeskunde Leiden", "regionCode": "OOR-LEIDEN", "specialtyCode": "INT", "active": true}""";
    static final String NEW_PROGRAMME = """
            {"code": "LUMC-INT", "name": "Interne geneeskunde LUMC", "specialtyCode": "INT", "institutionCode": "LUMC",
             "clusterCode": "OOR-LEIDEN-INT", "directorReference": "person-4711"}""";
    static final String PROGRAMME = """
            {"code": "LUMC-INT", "name": "Interne geneeskunde LUMC", "specialtyCode": "INT", "institutionCode": "LUMC",
             "regionCode": "OOR-LEIDEN", "clusterCode": "OOR-LEIDEN-INT", "directorReference": "person-4711", "active": true}""";
    static final String NAMED_UPDATE = """
            {"name": "OOR Leiden", "active": false}""";
    static final String PROGRAMME_UPDATE = """
            {"name": "Interne geneeskunde LUMC", "clusterCode": "OOR-LEIDEN-INT", "directorReference": "person-4712", "active": true}""";
    static final String STRUCTURE_JSON = """
            {"institutions": [{"code": "LUMC", "name": "Leids Universitair Medisch Centrum"}],
             "specialties": [{"code": "INT", "name": "Interne geneeskunde"}],
             "clusters": [{"code": "OOR-LEIDEN-INT", "name": "Cluster interne geneeskunde Leiden", "specialtyCode": "INT"}],
             "programmes": [{"code": "LUMC-INT", "name": "Interne geneeskunde LUMC", "specialtyCode": "INT",
                             "institutionCode": "LUMC", "clusterCode": "OOR-LEIDEN-INT", "directorReference": "person-4711"}]}""";
    static final String STRUCTURE_CSV = """
            kind,code,name,specialtyCode,institutionCode,clusterCode,directorReference
            institution,LUMC,Leids Universitair Medisch Centrum,,,,
            specialty,INT,Interne geneeskunde,,,,
            cluster,OOR-LEIDEN-INT,Cluster interne geneeskunde Leiden,INT,,,
            programme,LUMC-INT,Interne geneeskunde LUMC,INT,LUMC,OOR-LEIDEN-INT,person-4711
            """;
    static final String IMPORT_RESULT = """
            {"regionCode": "OOR-LEIDEN", "created": 4, "updated": 0, "unchanged": 0}""";

    private RegistryExamples() {}
}
