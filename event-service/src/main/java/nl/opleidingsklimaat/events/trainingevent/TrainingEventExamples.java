package nl.opleidingsklimaat.events.trainingevent;

/** JSON examples shown in Swagger UI for the training-event endpoints. */
final class TrainingEventExamples {
    static final String ACCREDITATION = """
            {"points":2.5,"reason":"De plenaire terugkoppeling van de AAV visie telt niet als onderwijs"}""";

    static final String CREATE = """
            {"kind":"deepening-day","title":"Verdiepingsdag COC: Zorg voor de aios & opleiders","theme":"Zorg voor de aios & opleiders",
             "goals":"Elkaar beter leren kennen, inspireren en ondersteunen","intendedResults":"Concrete afspraken om organisatiebreed te werken aan vitaliteit en welzijn van de aios",
             "organiserInstitutionCode":"EMC","targetRoles":["programme-director","supervisor","resident","coc","board","confidential-advisor"],
             "date":"2026-11-12","startTime":"13:00","endTime":"17:00","mode":"hybrid","location":"Erasmus MC, Onderwijscentrum",
             "onlineLink":"https://meet.example.org/verdiepingsdag","capacity":200,"onlineCapacity":125,"registrationDeadline":"2026-11-05T23:59:00+01:00",
             "speakers":["Bedrijfsarts","Psycholoog / onderwijskundige"],"studyMaterial":["Nationale aios enquête 2020 – Gezond en veilig werken (2020)"],
             "costEuros":0,"competences":[{"competence":"communicatie","percent":20},{"competence":"samenwerken","percent":30},{"competence":"leiderschap","percent":50}],
             "competenceProfileItems":["1.6","2.1","2.2","2.3","2.6","4.1","4.2","4.5","4.6"]}""";

    static final String PROGRAMME = """
            {"items":[{"title":"Inleiding & relevantie thema","minutes":15,"format":"lecture"},
             {"title":"AAV visie","minutes":70,"format":"breakout","intendedResult":"Inzicht in de visie van de aios zelf",
              "parts":[{"title":"Inleiding","minutes":20},{"title":"Break out rooms","minutes":35},{"title":"Plenaire terugkoppeling","minutes":15}]},
             {"title":"Pauze","minutes":10,"format":"break"},
             {"title":"Thermometer welzijn aios","minutes":60,"format":"plenary","speakers":["Bedrijfsarts","Psycholoog"]},
             {"title":"Pauze","minutes":5,"format":"break"},
             {"title":"Leren van ervaringen","minutes":45,"format":"breakout"},
             {"title":"Intermezzo's","minutes":15,"format":"intermezzo"},
             {"title":"Afsluiting: activerende borrel","minutes":20,"format":"intermezzo","plannedStart":"16:40"}]}""";

    static final String VIEW = """
            {"id":"6f1c1d6e-2b7a-4d0e-9a51-6c9f0e1b2a33","kind":"deepening-day","status":"published","title":"Verdiepingsdag COC: Zorg voor de aios & opleiders",
             "organiserInstitutionCode":"EMC","organiserRegionCode":"OOR-ZWN","targetRoles":["programme-director","resident"],"date":"2026-11-12",
             "startTime":"13:00","endTime":"17:00","sessionMinutes":240,"mode":"hybrid","capacity":200,"onlineCapacity":125,
             "places":[{"attendance":"on-site","capacity":75,"seatsTaken":75,"waiting":6},{"attendance":"online","capacity":125,"seatsTaken":40,"waiting":0}],
             "seatsTaken":115,"waiting":6,
             "competences":[{"competence":"communicatie","percent":20},{"competence":"samenwerken","percent":30},{"competence":"leiderschap","percent":50}],
             "programme":[{"position":1,"title":"Inleiding & relevantie thema","start":"13:00","end":"13:15","minutes":15,"format":"lecture","teachingTime":true}],
             "netTeachingMinutes":190,"points":2.5,"takeHomeMessages":[],"endDate":"2026-11-12",
             "days":[{"day":1,"date":"2026-11-12","startTime":"13:00","endTime":"17:00","sessionMinutes":240,
               "programme":[{"position":1,"title":"Inleiding & relevantie thema","start":"13:00","end":"13:15","minutes":15,"format":"lecture","teachingTime":true}],
               "netTeachingMinutes":190,"points":3.0}],
             "computedPoints":3.0,
             "accreditation":{"points":2.5,"reason":"De plenaire terugkoppeling van de AAV visie telt niet als onderwijs","setAt":"2026-10-01T10:15:00+02:00"}}""";

    static final String CONGRESS = """
            {"kind":"symposium","title":"Congres: Samen leren wat werkt","organiserInstitutionCode":"MUMC","targetRoles":["resident","supervisor"],
             "mode":"on-site","location":"Hotel Zuiderduin, Egmond aan Zee","capacity":50,
             "days":[{"date":"2027-05-15","startTime":"09:30","endTime":"17:00","programme":[
                 {"title":"Plenaire opening","minutes":60,"format":"plenary"},{"title":"Ronde tafel: intervisie","minutes":90,"format":"breakout"},
                 {"title":"Lunch","minutes":60,"format":"break"},{"title":"Workshops","minutes":240,"format":"workshop-round"}]},
               {"date":"2027-05-16","startTime":"09:30","endTime":"12:30","programme":[
                 {"title":"Uitkomstmaten van intervisie","minutes":150,"format":"plenary"},{"title":"Afsluiting en take home messages","minutes":30,"format":"plenary"}]}]}""";

    static final String PAGE = "{\"items\":[" + VIEW + "],\"page\":0,\"size\":50,\"totalItems\":1,\"totalPages\":1}";

    static final String OVERRUN = """
            {"type":"https://opleidingsklimaat.nl/problems/unprocessable","title":"Request cannot be processed","status":422,
             "detail":"The programme does not fit the session 13:00-17:00 (240 minutes)",
             "violations":[{"field":"programme[7].minutes","message":"ends at 17:10, after the session ends at 17:00"},
              {"field":"programme","message":"the items take 250 minutes, 10 more than the session 13:00-17:00 (240 minutes): the programme overruns"}]}""";

    static final String WEIGHTS = """
            {"type":"https://opleidingsklimaat.nl/problems/unprocessable","title":"Request cannot be processed","status":422,
             "detail":"competences: the weights sum to 90%; they must sum to 100%","violations":[{"field":"competences","message":"the weights sum to 90%; they must sum to 100%"}]}""";

    static final String TAKE_HOME =
            "{\"message\":\"Elke opleiding bespreekt welzijn in het eerstvolgende opleidersoverleg\"}";

    private TrainingEventExamples() {}

    static final String TEMPLATE = """
            {"code":"verdiepingsdag-zorg-voor-de-aios","kind":"deepening-day","title":"Verdiepingsdag COC: Zorg voor de aios & opleiders",
             "startTime":"13:00","endTime":"17:00","capacity":50,"referencePoints":3.0,
             "competences":[{"competence":"communicatie","percent":20},{"competence":"samenwerken","percent":30},{"competence":"leiderschap","percent":50}],
             "programme":[{"title":"Inleiding & relevantie thema","minutes":15,"format":"lecture"}]}""";
}
