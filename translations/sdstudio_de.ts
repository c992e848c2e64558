<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CanvasGestures</name>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Add a component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <source>Drag it from the palette, or double-click it there</source>
        <translation>Aus der Palette ziehen oder dort doppelklicken</translation>
    </message>
    <message>
        <source>Connect two components</source>
        <translation>Zwei Komponenten verbinden</translation>
    </message>
    <message>
        <source>Drag from a box&apos;s dot or border to the other box</source>
        <translation>Von einem Verbindungspunkt oder dem Rand eines Kastens zum anderen Kasten ziehen</translation>
    </message>
    <message>
        <source>Reconnect a link</source>
        <translation>Link neu verbinden</translation>
    </message>
    <message>
        <source>Drag an end of the selected link onto another box</source>
        <translation>Ein Ende des ausgewählten Links auf einen anderen Kasten ziehen</translation>
    </message>
    <message>
        <source>Bend a link</source>
        <translation>Link knicken</translation>
    </message>
    <message>
        <source>Drag a selected link&apos;s middle handle; double-click a bend to remove it</source>
        <translation>Den mittleren Griff eines ausgewählten Links ziehen; Doppelklick auf einen Knickpunkt entfernt ihn</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Click; drag on the bare canvas to select an area</source>
        <translation>Klicken; auf der leeren Zeichenfläche ziehen, um einen Bereich auszuwählen</translation>
    </message>
    <message>
        <source>Add to the selection</source>
        <translation>Zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>%1click, or %1drag on the bare canvas</source>
        <translation>%1Klick oder %1Ziehen auf der leeren Zeichenfläche</translation>
    </message>
    <message>
        <source>%1click</source>
        <translation>%1Klick</translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation>Auswahl verschieben</translation>
    </message>
    <message>
        <source>Drag it; hold %1 to leave the grid</source>
        <translation>Ziehen; %1 gedrückt halten, um unabhängig vom Raster zu verschieben</translation>
    </message>
    <message>
        <source>Nudge the selection</source>
        <translation>Auswahl schrittweise verschieben</translation>
    </message>
    <message>
        <source>Arrow keys: a grid step; %1arrow: one unit</source>
        <translation>Pfeiltasten: ein Rasterschritt; %1Pfeil: eine Einheit</translation>
    </message>
    <message>
        <source>Resize a box or zone</source>
        <translation>Größe eines Kastens oder einer Zone ändern</translation>
    </message>
    <message>
        <source>Drag a corner handle of the selected box or zone</source>
        <translation>Einen Eckgriff des ausgewählten Kastens oder der ausgewählten Zone ziehen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Double-click a box or a zone</source>
        <translation>Auf einen Kasten oder eine Zone doppelklicken</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Um den Mauszeiger herum zoomen</translation>
    </message>
    <message>
        <source>%1wheel</source>
        <translation>%1Mausrad</translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation>Scrollen</translation>
    </message>
    <message>
        <source>Wheel; %1wheel scrolls sideways</source>
        <translation>Mausrad; %1Mausrad scrollt seitwärts</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Ansicht verschieben</translation>
    </message>
    <message>
        <source>Middle-drag, or hold %1 and drag</source>
        <translation>Mit gedrückter mittlerer Maustaste ziehen oder %1 gedrückt halten und ziehen</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>Kontextmenü</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Rechtsklick</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: stops a drag, leaves Connect mode or clears the selection</source>
        <translation>%1: bricht ein Ziehen ab, beendet den Verbindungsmodus oder hebt die Auswahl auf</translation>
    </message>
    <message>
        <source>Add to or remove from the selection</source>
        <translation>Zur Auswahl hinzufügen oder daraus entfernen</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <source>the p99 target must be a positive number of seconds, not %1</source>
        <translation>das p99-Ziel muss eine positive Anzahl Sekunden sein, nicht %1</translation>
    </message>
    <message>
        <source>the error-rate target must be a fraction from 0 to 1, not %1</source>
        <translation>das Ziel für die Fehlerrate muss ein Anteil von 0 bis 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>no load meets a p99 of %1 s: even at almost none (%2 req/s) the p99 of %3 is %4 s; the target must be above what the requests take on an idle system</source>
        <translation>keine Last erreicht ein p99 von %1 s: selbst bei fast keiner Last (%2 req/s) beträgt das p99 von %3 %4 s; das Ziel muss über der Zeit liegen, die die Anfragen auf einem unbelasteten System brauchen</translation>
    </message>
    <message>
        <source>every load up to the most the file format allows (%1 req/s) meets a p99 of %2 s with no component saturated: the design sheds its excess load (a rate limiter rejects it) instead of queueing it</source>
        <translation>jede Last bis zum Höchstwert, den das Dateiformat erlaubt (%1 req/s), erreicht ein p99 von %2 s, ohne dass eine Komponente gesättigt ist: der Entwurf wirft seine überschüssige Last ab (ein Ratenbegrenzer weist sie ab), statt sie in Warteschlangen zu stellen</translation>
    </message>
    <message>
        <source>no load meets an error rate of %1: even at almost none (%2 req/s) a share of %3 of the requests is dropped or rejected</source>
        <translation>keine Last erreicht eine Fehlerrate von %1: selbst bei fast keiner Last (%2 req/s) wird ein Anteil von %3 der Anfragen verworfen oder abgewiesen</translation>
    </message>
    <message>
        <source>the run ended (%1 simulated after the warm-up) before any request of %2 was answered: too short for its latency</source>
        <translation>der Lauf endete (%1 simuliert nach der Aufwärmphase), bevor irgendeine Anfrage von %2 beantwortet wurde: zu kurz für deren Latenz</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Users or devices sending requests: the workload&apos;s source.</source>
        <translation>Nutzer oder Geräte, die Anfragen senden: die Quelle der Last.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>What the users run.</source>
        <translation>Was die Nutzer verwenden.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Resolves names to addresses; GeoDNS routes to the nearest point of presence.</source>
        <translation>Löst Namen in Adressen auf; GeoDNS leitet zum nächstgelegenen Präsenzpunkt.</translation>
    </message>
    <message>
        <source>Record TTL</source>
        <translation>Record-TTL</translation>
    </message>
    <message>
        <source>Seconds resolvers cache an answer.</source>
        <translation>Sekunden, die Resolver eine Antwort zwischenspeichern.</translation>
    </message>
    <message>
        <source>Geo routing</source>
        <translation>Geo-Routing</translation>
    </message>
    <message>
        <source>Answers with the nearest point of presence.</source>
        <translation>Antwortet mit dem nächstgelegenen Präsenzpunkt.</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Edge caches near users; a miss goes to the origin.</source>
        <translation>Edge-Caches nahe bei den Nutzern; ein Fehlzugriff geht an den Ursprung.</translation>
    </message>
    <message>
        <source>Cache TTL</source>
        <translation>Cache-TTL</translation>
    </message>
    <message>
        <source>Seconds an object stays at the edge.</source>
        <translation>Sekunden, die ein Objekt am Edge bleibt.</translation>
    </message>
    <message>
        <source>WAF</source>
        <translation>WAF</translation>
    </message>
    <message>
        <source>Web application firewall: filters malicious traffic at the edge.</source>
        <translation>Web Application Firewall: filtert schädlichen Verkehr am Rand des Netzes.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>How the balancer picks a backend instance among its targets.</source>
        <translation>Wie der Balancer unter seinen Zielen eine Backend-Instanz wählt.</translation>
    </message>
    <message>
        <source>Health-check interval</source>
        <translation>Health-Check-Intervall</translation>
    </message>
    <message>
        <source>Seconds between health checks; a dead backend is noticed only by them (0 = none).</source>
        <translation>Sekunden zwischen Health-Checks; nur durch sie wird ein ausgefallenes Backend bemerkt (0 = keine).</translation>
    </message>
    <message>
        <source>Load balancer (L4)</source>
        <translation>Load-Balancer (L4)</translation>
    </message>
    <message>
        <source>Routes TCP/UDP connections by address and port: very fast, no content inspection.</source>
        <translation>Leitet TCP/UDP-Verbindungen nach Adresse und Port: sehr schnell, ohne Inhaltsprüfung.</translation>
    </message>
    <message>
        <source>Load balancer (L7)</source>
        <translation>Load-Balancer (L7)</translation>
    </message>
    <message>
        <source>Routes HTTP requests by path, host, headers or cookies.</source>
        <translation>Leitet HTTP-Anfragen nach Pfad, Host, Headern oder Cookies.</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>API-Gateway</translation>
    </message>
    <message>
        <source>One entry point for the APIs: authentication, rate limiting, routing.</source>
        <translation>Ein Einstiegspunkt für die APIs: Authentifizierung, Ratenbegrenzung, Routing.</translation>
    </message>
    <message>
        <source>Validates tokens</source>
        <translation>Prüft Tokens</translation>
    </message>
    <message>
        <source>Checks the caller&apos;s JWT on every request.</source>
        <translation>Prüft bei jeder Anfrage das JWT des Aufrufers.</translation>
    </message>
    <message>
        <source>Rate limiter</source>
        <translation>Ratenbegrenzer</translation>
    </message>
    <message>
        <source>Rejects requests beyond a limit with HTTP 429.</source>
        <translation>Weist Anfragen über einem Limit mit HTTP 429 ab.</translation>
    </message>
    <message>
        <source>How the limit is counted.</source>
        <translation>Wie das Limit gezählt wird.</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Refill rate</source>
        <translation>Auffüllrate</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Counted per</source>
        <translation>Gezählt pro</translation>
    </message>
    <message>
        <source>One limit per client key, or one for all traffic.</source>
        <translation>Ein Limit pro Client-Schlüssel oder eines für den gesamten Verkehr.</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>OAuth 2.0 / OIDC login that issues access and refresh tokens.</source>
        <translation>OAuth-2.0-/OIDC-Anmeldung, die Access- und Refresh-Tokens ausstellt.</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
    <message>
        <source>Seconds an access token stays valid.</source>
        <translation>Sekunden, die ein Access-Token gültig bleibt.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>A stateless web or application service behind a load balancer.</source>
        <translation>Ein zustandsloser Web- oder Anwendungsdienst hinter einem Load-Balancer.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Background workers pulling jobs or messages and processing them.</source>
        <translation>Hintergrund-Worker, die Aufträge oder Nachrichten abholen und verarbeiten.</translation>
    </message>
    <message>
        <source>WebSocket server</source>
        <translation>WebSocket-Server</translation>
    </message>
    <message>
        <source>Holds persistent connections and pushes messages both ways (chat, presence).</source>
        <translation>Hält dauerhafte Verbindungen und überträgt Nachrichten in beide Richtungen (Chat, Präsenz).</translation>
    </message>
    <message>
        <source>Connections per instance</source>
        <translation>Verbindungen pro Instanz</translation>
    </message>
    <message>
        <source>Open connections one instance holds (assumption: 100K).</source>
        <translation>Offene Verbindungen, die eine Instanz hält (Annahme: 100.000).</translation>
    </message>
    <message>
        <source>Stream processor</source>
        <translation>Stream-Prozessor</translation>
    </message>
    <message>
        <source>Consumes an event stream continuously: aggregation, enrichment, counting.</source>
        <translation>Verarbeitet einen Ereignisstrom fortlaufend: Aggregation, Anreicherung, Zählung.</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Starts jobs at their time (cron); one leader runs the schedule.</source>
        <translation>Startet Aufträge zu ihrer Zeit (cron); ein Leader führt den Zeitplan aus.</translation>
    </message>
    <message>
        <source>Leader election</source>
        <translation>Leader-Wahl</translation>
    </message>
    <message>
        <source>Only the elected instance dispatches jobs.</source>
        <translation>Nur die gewählte Instanz verteilt Aufträge.</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>How often due jobs are looked up.</source>
        <translation>Wie oft nach fälligen Aufträgen gesucht wird.</translation>
    </message>
    <message>
        <source>External service</source>
        <translation>Externer Dienst</translation>
    </message>
    <message>
        <source>A third-party API outside the design (payments, maps).</source>
        <translation>Eine Drittanbieter-API außerhalb des Entwurfs (Zahlungen, Karten).</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>In-memory key-value cache (Redis, Memcached); a miss goes to the origin or the caller.</source>
        <translation>Key-Value-Cache im Arbeitsspeicher (Redis, Memcached); ein Fehlzugriff geht an den Ursprung oder den Aufrufer.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Memory for cached items per shard.</source>
        <translation>Speicher für zwischengespeicherte Einträge pro Shard.</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Seconds an item stays cached; 0 = no expiry.</source>
        <translation>Sekunden, die ein Eintrag im Cache bleibt; 0 = kein Ablauf.</translation>
    </message>
    <message>
        <source>Write policy</source>
        <translation>Schreibstrategie</translation>
    </message>
    <message>
        <source>How writes reach the cache and the database.</source>
        <translation>Wie Schreibvorgänge Cache und Datenbank erreichen.</translation>
    </message>
    <message>
        <source>SQL database</source>
        <translation>SQL-Datenbank</translation>
    </message>
    <message>
        <source>Relational database with ACID transactions (PostgreSQL, MySQL).</source>
        <translation>Relationale Datenbank mit ACID-Transaktionen (PostgreSQL, MySQL).</translation>
    </message>
    <message>
        <source>NoSQL database</source>
        <translation>NoSQL-Datenbank</translation>
    </message>
    <message>
        <source>Wide-column or key-value store built for sharding (Cassandra, DynamoDB).</source>
        <translation>Wide-Column- oder Key-Value-Speicher, für Sharding gebaut (Cassandra, DynamoDB).</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>Inverted index for full-text and prefix queries (Elasticsearch).</source>
        <translation>Invertierter Index für Volltext- und Präfixabfragen (Elasticsearch).</translation>
    </message>
    <message>
        <source>Coordination service</source>
        <translation>Koordinationsdienst</translation>
    </message>
    <message>
        <source>Consensus store for leader election, locks and configuration (ZooKeeper, etcd).</source>
        <translation>Konsensspeicher für Leader-Wahl, Sperren und Konfiguration (ZooKeeper, etcd).</translation>
    </message>
    <message>
        <source>Data warehouse</source>
        <translation>Data-Warehouse</translation>
    </message>
    <message>
        <source>Columnar analytics store (BigQuery, Redshift, ClickHouse).</source>
        <translation>Spaltenorientierter Analysespeicher (BigQuery, Redshift, ClickHouse).</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>Blobs over HTTP: images, videos, backups (S3, GCS).</source>
        <translation>Blobs über HTTP: Bilder, Videos, Backups (S3, GCS).</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>Dauerhaftigkeit</translation>
    </message>
    <message>
        <source>Probability an object survives a year (S3: eleven nines).</source>
        <translation>Wahrscheinlichkeit, dass ein Objekt ein Jahr übersteht (S3: elf Neunen).</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>Task queue: acknowledges at once; consumers drain it at their own rate (SQS, RabbitMQ).</source>
        <translation>Aufgabenwarteschlange: bestätigt sofort; Konsumenten leeren sie in ihrem eigenen Tempo (SQS, RabbitMQ).</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Seconds an unconsumed message is kept (SQS default: 4 days).</source>
        <translation>Sekunden, die eine nicht abgeholte Nachricht aufbewahrt wird (SQS-Standard: 4 Tage).</translation>
    </message>
    <message>
        <source>Delivery delay</source>
        <translation>Zustellverzögerung</translation>
    </message>
    <message>
        <source>Seconds before a message becomes visible (delayed jobs).</source>
        <translation>Sekunden, bis eine Nachricht sichtbar wird (verzögerte Aufträge).</translation>
    </message>
    <message>
        <source>Event stream</source>
        <translation>Ereignisstrom</translation>
    </message>
    <message>
        <source>Partitioned, replicated log of events read by consumer groups (Kafka, Kinesis).</source>
        <translation>Partitioniertes, repliziertes Ereignisprotokoll, das von Konsumentengruppen gelesen wird (Kafka, Kinesis).</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Ordered logs the topic is split into; a consumer group reads each with one consumer.</source>
        <translation>Geordnete Protokolle, in die das Topic aufgeteilt ist; eine Konsumentengruppe liest jedes mit einem Konsumenten.</translation>
    </message>
    <message>
        <source>Replication factor</source>
        <translation>Replikationsfaktor</translation>
    </message>
    <message>
        <source>Copies of each partition.</source>
        <translation>Kopien jeder Partition.</translation>
    </message>
    <message>
        <source>Seconds events are kept (Kafka default: 7 days).</source>
        <translation>Sekunden, die Ereignisse aufbewahrt werden (Kafka-Standard: 7 Tage).</translation>
    </message>
    <message>
        <source>Notification provider</source>
        <translation>Benachrichtigungsdienst</translation>
    </message>
    <message>
        <source>Sends email, SMS or push notifications (SES, Twilio, FCM/APNs).</source>
        <translation>Versendet E-Mail-, SMS- oder Push-Benachrichtigungen (SES, Twilio, FCM/APNs).</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>What it delivers.</source>
        <translation>Was zugestellt wird.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <source>Anything the catalog lacks, with a station&apos;s properties.</source>
        <translation>Alles, was der Katalog nicht hat, mit den Eigenschaften einer Station.</translation>
    </message>
    <message>
        <source>Text note</source>
        <translation>Textnotiz</translation>
    </message>
    <message>
        <source>Free text on the canvas; takes no part in the traffic.</source>
        <translation>Freier Text auf der Zeichenfläche; nimmt nicht am Verkehr teil.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>What the note says.</source>
        <translation>Was die Notiz sagt.</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Identical copies behind one name; each has its own workers and queue.</source>
        <translation>Identische Kopien hinter einem Namen; jede hat eigene Worker und eine eigene Warteschlange.</translation>
    </message>
    <message>
        <source>Spreading</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>How arrivals are spread over the instances.</source>
        <translation>Wie eintreffende Anfragen auf die Instanzen verteilt werden.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Requests one instance serves at the same time (threads, connections).</source>
        <translation>Anfragen, die eine Instanz gleichzeitig bedient (Threads, Verbindungen).</translation>
    </message>
    <message>
        <source>Limited queue</source>
        <translation>Begrenzte Warteschlange</translation>
    </message>
    <message>
        <source>When on, an instance whose queue is full drops new arrivals.</source>
        <translation>Wenn aktiv, verwirft eine Instanz mit voller Warteschlange neue Anfragen.</translation>
    </message>
    <message>
        <source>Queue capacity</source>
        <translation>Warteschlangenkapazität</translation>
    </message>
    <message>
        <source>Requests that may wait at one instance when the queue is limited; 0 = no waiting room.</source>
        <translation>Anfragen, die bei begrenzter Warteschlange an einer Instanz warten dürfen; 0 = kein Warteraum.</translation>
    </message>
    <message>
        <source>While calling</source>
        <translation>Während Aufrufen</translation>
    </message>
    <message>
        <source>hold: a worker waits for its calls (thread per request); release: it serves others meanwhile (event-driven).</source>
        <translation>hold: ein Worker wartet auf seine Aufrufe (Thread pro Anfrage); release: er bedient inzwischen andere (ereignisgesteuert).</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Fraction of time one instance is up (assumption: 99.9%).</source>
        <translation>Anteil der Zeit, in der eine Instanz läuft (Annahme: 99,9 %).</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Partitions of the data, chosen by key; each holds a part of it.</source>
        <translation>Partitionen der Daten, nach Schlüssel gewählt; jede enthält einen Teil davon.</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Copies of each shard, primary included; reads go to one, writes to all.</source>
        <translation>Kopien jedes Shards, einschließlich des Primärs; Lesezugriffe gehen an eine, Schreibzugriffe an alle.</translation>
    </message>
    <message>
        <source>Sharding</source>
        <translation>Sharding</translation>
    </message>
    <message>
        <source>How a key picks its shard.</source>
        <translation>Wie ein Schlüssel seinen Shard wählt.</translation>
    </message>
    <message>
        <source>Hot-key share</source>
        <translation>Hot-Key-Anteil</translation>
    </message>
    <message>
        <source>Share of requests for the hottest shard beyond its fair share (0 = uniform).</source>
        <translation>Anteil der Anfragen an den heißesten Shard über seinen fairen Anteil hinaus (0 = gleichmäßig).</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>async: a write is acknowledged by the primary; sync: by every replica.</source>
        <translation>async: ein Schreibvorgang wird vom Primär bestätigt; sync: von jedem Replikat.</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Share of requests answered from the cache; misses go to the origin.</source>
        <translation>Anteil der Anfragen, die aus dem Cache beantwortet werden; Fehlzugriffe gehen an den Ursprung.</translation>
    </message>
    <message>
        <source>Skip expired requests</source>
        <translation>Abgelaufene Anfragen überspringen</translation>
    </message>
    <message>
        <source>When on, a request whose caller has given up (its deadline passed) is skipped instead of served: deadline propagation.</source>
        <translation>Wenn aktiv, wird eine Anfrage, deren Aufrufer aufgegeben hat (ihre Frist ist abgelaufen), übersprungen statt bedient: Fristweitergabe (deadline propagation).</translation>
    </message>
    <message>
        <source>Time to repair</source>
        <translation>Reparaturzeit</translation>
    </message>
    <message>
        <source>Mean time an instance stays down when it fails (assumption: 10 min); with the availability, how often it fails in a simulation with random failures.</source>
        <translation>Mittlere Zeit, die eine Instanz nach einem Ausfall ausfällt (Annahme: 10 min); bestimmt mit der Verfügbarkeit, wie oft sie in einer Simulation mit zufälligen Ausfällen ausfällt.</translation>
    </message>
    <message>
        <source>The user&apos;s resolver asks the authoritative DNS for a name and gets an IP address back. With GeoDNS the answer sends each user to the nearest point of presence; DNS-based global balancing (Route 53, Cloudflare) routes by geography or latency, and DNS health checks drive multi-region failover.</source>
        <translation>Der Resolver des Nutzers fragt das autoritative DNS nach einem Namen und erhält eine IP-Adresse zurück. Mit GeoDNS schickt die Antwort jeden Nutzer zum nächstgelegenen Präsenzpunkt; DNS-basierte globale Lastverteilung (Route 53, Cloudflare) leitet nach Geografie oder Latenz, und DNS-Health-Checks steuern das Multi-Region-Failover.</translation>
    </message>
    <message>
        <source>Edge caches worldwide, near the users. A user in Tokyo whose request hits the Tokyo PoP gets the response in about 5 ms; a miss goes to the origin in San Francisco (about 200 ms) and is then cached at the PoP. It is the outermost cache level, for static and semi-static content.</source>
        <translation>Edge-Caches weltweit, nahe bei den Nutzern. Ein Nutzer in Tokio, dessen Anfrage im PoP Tokio einen Treffer erzielt, erhält die Antwort in etwa 5 ms; ein Fehlzugriff geht an den Ursprung in San Francisco (etwa 200 ms), und die Antwort wird danach im PoP zwischengespeichert. Das ist die äußerste Cache-Ebene, für statische und teilstatische Inhalte.</translation>
    </message>
    <message>
        <source>Defence in depth starts at the edge: CDN, WAF and DDoS protection are layer 1, before the network, TLS, authentication, authorization, the application, the data and the audit. The web application firewall filters malicious traffic before it reaches the gateway and the services.</source>
        <translation>Tiefenverteidigung beginnt am Rand des Netzes: CDN, WAF und DDoS-Schutz bilden Schicht 1, vor Netzwerk, TLS, Authentifizierung, Autorisierung, Anwendung, Daten und Audit. Die Web Application Firewall filtert schädlichen Verkehr, bevor er das Gateway und die Dienste erreicht.</translation>
    </message>
    <message>
        <source>Layer 4 (transport) balancing routes TCP and UDP by IP and port: very fast, because it never inspects the content (AWS NLB, HAProxy in TCP mode, IPVS). Its algorithm picks the server: round robin for equal servers, least connections for varying request durations, consistent hashing for minimal redistribution when servers come and go.</source>
        <translation>Lastverteilung auf Schicht 4 (Transport) leitet TCP und UDP nach IP-Adresse und Port: sehr schnell, weil sie den Inhalt nie prüft (AWS NLB, HAProxy im TCP-Modus, IPVS). Ihr Algorithmus wählt den Server: Round Robin für gleichwertige Server, Least Connections für unterschiedlich lange Anfragen, Consistent Hashing für minimale Umverteilung, wenn Server hinzukommen oder wegfallen.</translation>
    </message>
    <message>
        <source>Layer 7 (application) balancing routes HTTP requests by URL, headers and cookies: content-aware, path-based or host-based routing (AWS ALB, Nginx, Envoy). Stateless web and application servers scale out behind it; IP hash gives session stickiness where it is needed.</source>
        <translation>Lastverteilung auf Schicht 7 (Anwendung) leitet HTTP-Anfragen nach URL, Headern und Cookies: inhaltsbezogenes, pfad- oder hostbasiertes Routing (AWS ALB, Nginx, Envoy). Zustandslose Web- und Anwendungsserver skalieren dahinter horizontal; IP-Hash sorgt für Sitzungsbindung (Session Stickiness), wo sie nötig ist.</translation>
    </message>
    <message>
        <source>Caps how often a client may call. A token bucket holds 100 tokens refilled at 10 per second; each request costs one, and with none left the answer is HTTP 429 Too Many Requests. A sliding window counts the requests of the last minute instead; a distributed limiter keeps its counters in Redis.</source>
        <translation>Begrenzt, wie oft ein Client aufrufen darf. Ein Token-Bucket fasst 100 Tokens und wird mit 10 pro Sekunde aufgefüllt; jede Anfrage verbraucht einen Token, und ist keiner mehr übrig, lautet die Antwort HTTP 429 Too Many Requests. Ein Sliding Window zählt stattdessen die Anfragen der letzten Minute; ein verteilter Ratenbegrenzer hält seine Zähler in Redis.</translation>
    </message>
    <message>
        <source>OAuth 2.0 with OIDC: the user logs in at the identity provider (Keycloak, Auth0, Okta), which issues an access token (a JWT) and a refresh token. The API gateway then validates the JWT on every request before it reaches a microservice.</source>
        <translation>OAuth 2.0 mit OIDC: Der Nutzer meldet sich beim Identitätsanbieter an (Keycloak, Auth0, Okta), der ein Access-Token (ein JWT) und ein Refresh-Token ausstellt. Das API-Gateway prüft dann bei jeder Anfrage das JWT, bevor die Anfrage einen Microservice erreicht.</translation>
    </message>
    <message>
        <source>Web and application servers are stateless, so they scale horizontally behind a load balancer (sticky sessions only if needed). Watch a service with the RED method: rate (requests per second), errors (the share that fails) and duration (P50, P95, P99).</source>
        <translation>Web- und Anwendungsserver sind zustandslos und skalieren deshalb horizontal hinter einem Load-Balancer (Sticky Sessions nur bei Bedarf). Überwachen Sie einen Dienst mit der RED-Methode: Rate (Anfragen pro Sekunde), Errors (Fehler: der Anteil, der fehlschlägt) und Duration (Dauer: P50, P95, P99).</translation>
    </message>
    <message>
        <source>Workers pull jobs from a queue, execute them, report the result and handle failures with retries and backoff. A write-heavy path goes through a message queue to a batch writer instead of hitting the database directly.</source>
        <translation>Worker holen Aufträge aus einer Warteschlange, führen sie aus, melden das Ergebnis und behandeln Fehler mit Wiederholungen und Backoff. Ein schreiblastiger Pfad läuft über eine Nachrichtenwarteschlange zu einem Batch-Writer, statt die Datenbank direkt zu belasten.</translation>
    </message>
    <message>
        <source>Holds persistent, stateful connections for real-time traffic both ways at very low latency, as in a chat system: sender → WebSocket → chat server → the recipient&apos;s chat server. With 2B users and 10% of them online, that is 200M concurrent connections.</source>
        <translation>Hält dauerhafte, zustandsbehaftete Verbindungen für Echtzeitverkehr in beide Richtungen mit sehr niedriger Latenz, wie in einem Chatsystem: Sender → WebSocket → Chatserver → Chatserver des Empfängers. Bei 2 Mrd. Nutzern, von denen 10 % online sind, sind das 200 Mio. gleichzeitige Verbindungen.</translation>
    </message>
    <message>
        <source>Keeps cron-like schedules in a priority queue sorted by the next run time; leader election makes sure only one scheduler runs the jobs. Due jobs go to a job queue (a Redis sorted set, or SQS with a delay) that workers pull from; the hard parts are exactly-once execution, clock skew and workers failing mid-job.</source>
        <translation>Hält cron-artige Zeitpläne in einer Prioritätswarteschlange, sortiert nach der nächsten Ausführungszeit; die Leader-Wahl stellt sicher, dass nur ein Scheduler die Aufträge ausführt. Fällige Aufträge gehen in eine Auftragswarteschlange (ein Redis Sorted Set oder SQS mit Verzögerung), aus der Worker sie abholen; schwierig sind Exactly-once-Ausführung, Uhrenabweichungen und Worker, die mitten im Auftrag ausfallen.</translation>
    </message>
    <message>
        <source>Serves hot reads from memory: a distributed cache (Redis) answers in about 1 ms, shared by every instance. With cache-aside the application reads the cache and, on a miss, reads the database and writes the cache; TTLs or write events keep it fresh, and a lock or jitter on the TTL prevents a stampede when a hot key expires.</source>
        <translation>Bedient häufige Lesezugriffe aus dem Arbeitsspeicher: Ein verteilter Cache (Redis) antwortet in etwa 1 ms und wird von allen Instanzen gemeinsam genutzt. Bei Cache-Aside liest die Anwendung den Cache und bei einem Fehlzugriff die Datenbank, deren Ergebnis sie in den Cache schreibt; TTLs oder Schreibereignisse halten ihn aktuell, und eine Sperre oder Jitter auf der TTL verhindert einen Ansturm, wenn ein Hot Key abläuft.</translation>
    </message>
    <message>
        <source>A relational database (PostgreSQL, MySQL): fixed schema, full ACID transactions and native joins, best for complex queries and relationships. Reads scale with read replicas and caching; writes scale vertically first, then by sharding.</source>
        <translation>Eine relationale Datenbank (PostgreSQL, MySQL): festes Schema, vollständige ACID-Transaktionen und native Joins, am besten für komplexe Abfragen und Beziehungen. Lesezugriffe skalieren mit Lesereplikaten und Caching; Schreibzugriffe skalieren zuerst vertikal, dann durch Sharding.</translation>
    </message>
    <message>
        <source>Designed for sharding: a flexible schema, configurable consistency and high write throughput for simple access patterns (Cassandra, DynamoDB). Keys are placed by consistent hashing, so adding a node moves only its neighbours&apos; keys; reads are eventually consistent by default.</source>
        <translation>Für Sharding gebaut: flexibles Schema, konfigurierbare Konsistenz und hoher Schreibdurchsatz für einfache Zugriffsmuster (Cassandra, DynamoDB). Schlüssel werden per Consistent Hashing platziert, sodass ein neuer Knoten nur Schlüssel seiner Nachbarn übernimmt; Lesezugriffe sind standardmäßig letztendlich konsistent.</translation>
    </message>
    <message>
        <source>An inverted index (Elasticsearch, OpenSearch) answers full-text and tokenized queries with relevance scoring, and prefix queries for typeahead; it is weak at exact matches and numeric ranges. It scales by sharding plus replicas.</source>
        <translation>Ein invertierter Index (Elasticsearch, OpenSearch) beantwortet Volltext- und tokenisierte Abfragen mit Relevanzbewertung sowie Präfixabfragen für die Autovervollständigung; bei exakten Treffern und numerischen Bereichen ist er schwach. Er skaliert durch Sharding plus Replikate.</translation>
    </message>
    <message>
        <source>A consensus store (ZooKeeper with ZAB, etcd with Raft) for leader election, locks and configuration; it is CP, unavailable during a leader election. A ZooKeeper lock is an ephemeral sequential znode: the lowest holds the lock, and when its node dies the next in line gets it.</source>
        <translation>Ein Konsensspeicher (ZooKeeper mit ZAB, etcd mit Raft) für Leader-Wahl, Sperren und Konfiguration; er ist CP, also während einer Leader-Wahl nicht verfügbar. Eine ZooKeeper-Sperre ist ein ephemerer sequenzieller Znode: Der niedrigste hält die Sperre, und fällt sein Knoten aus, bekommt sie der Nächste in der Reihe.</translation>
    </message>
    <message>
        <source>For analytics (OLAP): columnar, massively parallel SQL stores such as BigQuery, Redshift and ClickHouse. Data often reaches it through a data lake&apos;s bronze (raw), silver (cleaned) and gold (business-ready) layers, kept as Parquet.</source>
        <translation>Für Analysen (OLAP): spaltenorientierte, massiv parallele SQL-Speicher wie BigQuery, Redshift und ClickHouse. Daten gelangen oft über die Bronze- (roh), Silber- (bereinigt) und Gold-Schicht (geschäftsfertig) eines Data Lakes dorthin, gespeichert als Parquet.</translation>
    </message>
    <message>
        <source>Holds images, videos, backups and data lakes behind an HTTP API (S3, GCS, Azure Blob) and scales automatically. Block storage is a mounted disk for databases and file storage a shared POSIX file system; object storage is for files the services read and write whole.</source>
        <translation>Hält Bilder, Videos, Backups und Data Lakes hinter einer HTTP-API (S3, GCS, Azure Blob) und skaliert automatisch. Blockspeicher ist eine eingehängte Festplatte für Datenbanken, Dateispeicher ein gemeinsam genutztes POSIX-Dateisystem; Objektspeicher ist für Dateien, die die Dienste als Ganzes lesen und schreiben.</translation>
    </message>
    <message>
        <source>A task queue (SQS, RabbitMQ) for job processing and work distribution: the producer hands a job over and moves on, and workers drain the queue at their own rate. With a delivery delay it serves scheduled tasks and reminders.</source>
        <translation>Eine Aufgabenwarteschlange (SQS, RabbitMQ) für Auftragsverarbeitung und Arbeitsverteilung: Der Produzent übergibt einen Auftrag und macht weiter, und Worker leeren die Warteschlange in ihrem eigenen Tempo. Mit einer Zustellverzögerung eignet sie sich für geplante Aufgaben und Erinnerungen.</translation>
    </message>
    <message>
        <source>The delivery end of a notification system: once the notification service has deduplicated, rate-limited, checked preferences and rendered the template, the message goes out as email (SES), push (FCM/APNs) or SMS (Twilio). Chat systems use push for users who are offline.</source>
        <translation>Das Zustellende eines Benachrichtigungssystems: Sobald der Benachrichtigungsdienst dedupliziert, die Rate begrenzt, die Einstellungen des Nutzers geprüft und die Vorlage gerendert hat, geht die Nachricht als E-Mail (SES), Push (FCM/APNs) oder SMS (Twilio) hinaus. Chatsysteme nutzen Push für Nutzer, die offline sind.</translation>
    </message>
    <message>
        <source>Bucket size (token bucket) or requests per window (reference designs: 100).</source>
        <translation>Bucket-Größe (Token-Bucket) oder Anfragen pro Fenster (Referenzentwürfe: 100).</translation>
    </message>
    <message>
        <source>Tokens added per second (token bucket; reference designs: 10/s).</source>
        <translation>Pro Sekunde hinzugefügte Tokens (Token-Bucket; Referenzentwürfe: 10/s).</translation>
    </message>
    <message>
        <source>Length of the counting window (reference designs: 1 minute).</source>
        <translation>Länge des Zählfensters (Referenzentwürfe: 1 Minute).</translation>
    </message>
    <message>
        <source>Where the traffic starts: the people or devices using the system. The reference designs estimate it on the back of an envelope: daily active users × actions per day gives the daily volume, so 10M DAU × 10 reads a day is about 1.2K reads per second.</source>
        <translation>Hier beginnt der Verkehr: die Menschen oder Geräte, die das System nutzen. Die Referenzentwürfe schätzen ihn überschlägig ab: Täglich aktive Nutzer × Aktionen pro Tag ergibt das tägliche Volumen, also sind 10 Mio. DAU × 10 Lesezugriffe am Tag etwa 1.200 Lesezugriffe pro Sekunde.</translation>
    </message>
    <message>
        <source>The one entry point in front of the services: it validates the caller&apos;s JWT, applies rate limits and routes each request to its microservice, as in the reference designs&apos; e-commerce platform. It may also cache responses, one level of multi-level caching.</source>
        <translation>Der zentrale Einstiegspunkt vor den Diensten: Das Gateway prüft das JWT des Aufrufers, wendet Ratenlimits an und leitet jede Anfrage an ihren Microservice weiter, wie in der E-Commerce-Plattform der Referenzentwürfe. Es kann auch Antworten zwischenspeichern, als eine Ebene eines mehrstufigen Cachings.</translation>
    </message>
    <message>
        <source>Reads an event stream continuously for real-time pipelines: event sourcing, change data capture, aggregation and counting (the reference URL shortener counts clicks asynchronously through Kafka). It scales with the stream&apos;s partitions.</source>
        <translation>Liest einen Ereignisstrom fortlaufend für Echtzeit-Pipelines: Event Sourcing, Change Data Capture, Aggregation und Zählung (der URL-Kürzer der Referenzentwürfe zählt Klicks asynchron über Kafka). Er skaliert mit den Partitionen des Stroms.</translation>
    </message>
    <message>
        <source>A dependency outside your control, such as payments or maps. The reference designs&apos; failure modes apply to it: a slow dependency shows as rising latency and is contained with timeouts and bulkheads; a cascading failure with circuit breakers and load shedding.</source>
        <translation>Eine Abhängigkeit außerhalb Ihrer Kontrolle, etwa Zahlungen oder Karten. Die Ausfallarten der Referenzentwürfe gelten auch für sie: Eine langsame Abhängigkeit zeigt sich als steigende Latenz und wird mit Timeouts und Bulkheads eingedämmt; ein kaskadierender Ausfall mit Circuit Breakern und Load Shedding.</translation>
    </message>
    <message>
        <source>A partitioned, replicated log (Kafka, Kinesis) for event sourcing, change data capture and real-time pipelines; it scales by adding partitions. In the reference designs it carries order events, click counts and a news feed&apos;s fan-out on write.</source>
        <translation>Ein partitioniertes, repliziertes Protokoll (Kafka, Kinesis) für Event Sourcing, Change Data Capture und Echtzeit-Pipelines; es skaliert durch zusätzliche Partitionen. In den Referenzentwürfen transportiert es Bestellereignisse, Klickzählungen und das Fan-out beim Schreiben eines Newsfeeds.</translation>
    </message>
    <message>
        <source>Anything the catalog lacks, such as the reference designs&apos; presence service, trie service or transcoding service. It queues and serves requests like a service: give it the instances, workers and service time of what it stands for.</source>
        <translation>Alles, was der Katalog nicht hat, etwa der Präsenzdienst, der Trie-Dienst oder der Transkodierungsdienst der Referenzentwürfe. Er reiht Anfragen ein und bedient sie wie ein Dienst: Geben Sie ihm die Instanzen, Worker und Bedienzeit dessen, wofür er steht.</translation>
    </message>
    <message>
        <source>For what boxes cannot show: the functional and non-functional requirements, the assumptions, the API contracts, the trade-offs discussed (the reference designs&apos; interview framework asks for all of them). A note takes no part in the traffic.</source>
        <translation>Für das, was Kästen nicht zeigen können: die funktionalen und nicht funktionalen Anforderungen, die Annahmen, die API-Verträge, die diskutierten Abwägungen (der Interview-Leitfaden der Referenzentwürfe verlangt sie alle). Eine Notiz nimmt nicht am Verkehr teil.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Reconnect link to %1</source>
        <translation>Link neu mit %1 verbinden</translation>
    </message>
    <message>
        <source>Ungroup %1</source>
        <translation>Gruppierung von %1 aufheben</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 festlegen</translation>
    </message>
    <message>
        <source>Set %1 of link %2</source>
        <translation>%1 von Link %2 festlegen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Set arrival rate of %1 to %2, peak x%3</source>
        <translation>Ankunftsrate von %1 auf %2 festlegen, Spitze x%3</translation>
    </message>
    <message>
        <source>Set memory of %1 to %2</source>
        <translation>Speicher von %1 auf %2 festlegen</translation>
    </message>
    <message>
        <source>Set memory of %1 to %2 a shard (%3 over %4 shards)</source>
        <translation>Speicher von %1 auf %2 pro Shard festlegen (%3 auf %4 Shards)</translation>
    </message>
    <message>
        <source>Set shards of %1 to %2</source>
        <translation>Shards von %1 auf %2 festlegen</translation>
    </message>
    <message>
        <source>Auto-Layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <source>Add bend point</source>
        <translation>Knickpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Move bend point</source>
        <translation>Knickpunkt verschieben</translation>
    </message>
    <message>
        <source>Remove bend point</source>
        <translation>Knickpunkt entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Auto-Layout %n item(s)</source>
        <translation>
            <numerusform>%n Element automatisch anordnen</numerusform>
            <numerusform>%n Elemente automatisch anordnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Straighten %n link(s)</source>
        <translation>
            <numerusform>%n Link begradigen</numerusform>
            <numerusform>%n Links begradigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>%n Element duplizieren</numerusform>
            <numerusform>%n Elemente duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>%n Element einfügen</numerusform>
            <numerusform>%n Elemente einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n item(s)</source>
        <translation>
            <numerusform>%n Element gruppieren</numerusform>
            <numerusform>%n Elemente gruppieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n item(s)</source>
        <translation>
            <numerusform>%n Element ausrichten</numerusform>
            <numerusform>%n Elemente ausrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n item(s)</source>
        <translation>
            <numerusform>%n Element verteilen</numerusform>
            <numerusform>%n Elemente verteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule failure</source>
        <translation>Ausfall einplanen</translation>
    </message>
    <message>
        <source>Move failure</source>
        <translation>Ausfall verschieben</translation>
    </message>
    <message>
        <source>Resize failure</source>
        <translation>Ausfalldauer ändern</translation>
    </message>
    <message>
        <source>Edit failure</source>
        <translation>Ausfall bearbeiten</translation>
    </message>
    <message>
        <source>Remove failure</source>
        <translation>Ausfall entfernen</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>links join two components</source>
        <translation>Links verbinden zwei Komponenten</translation>
    </message>
    <message>
        <source>a component cannot link to itself</source>
        <translation>eine Komponente kann nicht mit sich selbst verbunden werden</translation>
    </message>
    <message>
        <source>text notes take no part in the traffic</source>
        <translation>Textnotizen nehmen nicht am Verkehr teil</translation>
    </message>
    <message>
        <source>clients send requests; they do not receive them</source>
        <translation>Clients senden Anfragen; sie empfangen keine</translation>
    </message>
</context>
<context>
    <name>Estimate</name>
    <message>
        <source>expected at most %1, got %2</source>
        <translation>erwartet wurde höchstens %1, gefunden: %2</translation>
    </message>
    <message>
        <source>the Redis Cluster slot of a key: CRC16/XMODEM mod 16384, with {hash tags}</source>
        <translation>der Redis-Cluster-Slot eines Schlüssels: CRC16/XMODEM mod 16384, mit {Hash-Tags}</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>der Schlüssel</translation>
    </message>
    <message>
        <source>masters splitting the slots evenly</source>
        <translation>Master, die sich die Slots gleichmäßig aufteilen</translation>
    </message>
    <message>
        <source>a consistent-hash ring: which node owns a key, and what moves when a node joins or leaves</source>
        <translation>ein Consistent-Hashing-Ring: welcher Knoten einen Schlüssel besitzt und was sich verschiebt, wenn ein Knoten hinzukommt oder ausscheidet</translation>
    </message>
    <message>
        <source>positions on the ring (0 to size-1)</source>
        <translation>Positionen auf dem Ring (0 bis size-1)</translation>
    </message>
    <message>
        <source>the nodes, e.g. A:100,B:400,C:700</source>
        <translation>die Knoten, z. B. A:100,B:400,C:700</translation>
    </message>
    <message>
        <source>keys: positions (250) or names hashed with CRC-32 (user-1)</source>
        <translation>Schlüssel: Positionen (250) oder mit CRC-32 gehashte Namen (user-1)</translation>
    </message>
    <message>
        <source>a node joining, e.g. D:550</source>
        <translation>ein hinzukommender Knoten, z. B. D:550</translation>
    </message>
    <message>
        <source>a node leaving, e.g. B</source>
        <translation>ein ausscheidender Knoten, z. B. B</translation>
    </message>
    <message>
        <source>modulo sharding: key mod shards, and what moves when the shard count changes</source>
        <translation>Modulo-Sharding: Schlüssel mod Shards und was sich verschiebt, wenn sich die Anzahl der Shards ändert</translation>
    </message>
    <message>
        <source>the key (a user id)</source>
        <translation>der Schlüssel (eine Nutzer-ID)</translation>
    </message>
    <message>
        <source>shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>shards after resharding</source>
        <translation>Shards nach dem Resharding</translation>
    </message>
    <message>
        <source>expected token_bucket, fixed_window, sliding_log or sliding_counter, got %1</source>
        <translation>erwartet wurde token_bucket, fixed_window, sliding_log oder sliding_counter, gefunden: %1</translation>
    </message>
    <message>
        <source>expected COUNT or COUNT@TIME (e.g. 150@2s), got %1</source>
        <translation>erwartet wurde ANZAHL oder ANZAHL@ZEIT (z. B. 150@2s), gefunden: %1</translation>
    </message>
    <message>
        <source>required with %1</source>
        <translation>erforderlich zusammen mit %1</translation>
    </message>
    <message>
        <source>give a request pattern: burst=150, rate=20/s with duration=60s, times=0,0.5,1, or several</source>
        <translation>geben Sie ein Anfragemuster an: burst=150, rate=20/s mit duration=60s, times=0,0.5,1 oder mehrere davon</translation>
    </message>
    <message>
        <source>expected at most %1 requests, got %2</source>
        <translation>erwartet wurden höchstens %1 Anfragen, gefunden: %2</translation>
    </message>
    <message>
        <source>a burst of %1 requests at %2</source>
        <translation>ein Burst von %1 Anfragen bei %2</translation>
    </message>
    <message>
        <source>%1 evenly spaced for %2 from %3: %4 requests</source>
        <translation>%1 gleichmäßig verteilt über %2 ab %3: %4 Anfragen</translation>
    </message>
    <message>
        <source>%1 requests at the times given</source>
        <translation>%1 Anfragen zu den angegebenen Zeitpunkten</translation>
    </message>
    <message>
        <source>request times (a list)</source>
        <translation>Anfragezeitpunkte (eine Liste)</translation>
    </message>
    <message>
        <source>a rate limiter what-if: how many requests of a pattern are accepted and rejected</source>
        <translation>Was-wäre-wenn für einen Ratenbegrenzer: wie viele Anfragen eines Musters angenommen und wie viele abgewiesen werden</translation>
    </message>
    <message>
        <source>token_bucket, fixed_window, sliding_log or sliding_counter</source>
        <translation>token_bucket, fixed_window, sliding_log oder sliding_counter</translation>
    </message>
    <message>
        <source>token bucket: tokens it holds</source>
        <translation>Token-Bucket: Tokens, die er fasst</translation>
    </message>
    <message>
        <source>token bucket: tokens added a second</source>
        <translation>Token-Bucket: pro Sekunde hinzugefügte Tokens</translation>
    </message>
    <message>
        <source>windows: requests a window</source>
        <translation>Fenster: Anfragen pro Fenster</translation>
    </message>
    <message>
        <source>windows: the window&apos;s length</source>
        <translation>Fenster: Länge des Fensters</translation>
    </message>
    <message>
        <source>bursts of requests at once: 150 or 150@2s (a list)</source>
        <translation>gleichzeitige Anfrage-Bursts: 150 oder 150@2s (eine Liste)</translation>
    </message>
    <message>
        <source>steady requests a second</source>
        <translation>gleichmäßige Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>how long the steady requests last</source>
        <translation>wie lange die gleichmäßigen Anfragen andauern</translation>
    </message>
    <message>
        <source>when the steady requests start</source>
        <translation>wann die gleichmäßigen Anfragen beginnen</translation>
    </message>
    <message>
        <source>(1 - %1) x 365.25 days = %2 of downtime a year (%3 in 365 days)</source>
        <translation>(1 - %1) x 365.25 Tage = %2 Ausfallzeit pro Jahr (%3 in 365 Tagen)</translation>
    </message>
    <message>
        <source>(1 - %1) x 30.4375 days = %2 a month; %3 a day</source>
        <translation>(1 - %1) x 30.4375 Tage = %2 pro Monat; %3 pro Tag</translation>
    </message>
    <message>
        <source>a year is 365.25 days (leap years included), a month a twelfth of it: 30.4375 days</source>
        <translation>ein Jahr hat 365.25 Tage (Schaltjahre eingerechnet), ein Monat ein Zwölftel davon: 30.4375 Tage</translation>
    </message>
    <message>
        <source>in series: %1 = %2</source>
        <translation>in Reihe: %1 = %2</translation>
    </message>
    <message>
        <source>in parallel: 1 - %1 = %2</source>
        <translation>parallel: 1 - %1 = %2</translation>
    </message>
    <message>
        <source>together: %1 x %2 = %3</source>
        <translation>zusammen: %1 x %2 = %3</translation>
    </message>
    <message>
        <source>%1 / (%2 x %3) = %4 -&gt; %5 servers</source>
        <translation>%1 / (%2 x %3) = %4 -&gt; %5 Server</translation>
    </message>
    <message>
        <source>at the peak each server is %1 busy</source>
        <translation>zur Spitzenzeit ist jeder Server zu %1 ausgelastet</translation>
    </message>
    <message>
        <source>%1 x %2 items x %3 = %4</source>
        <translation>%1 x %2 Objekte x %3 = %4</translation>
    </message>
    <message>
        <source>by storage: %1 / %2 a shard = %3 -&gt; %4 shards</source>
        <translation>nach Speicher: %1 / %2 pro Shard = %3 -&gt; %4 Shards</translation>
    </message>
    <message>
        <source>by writes: %1 / %2 a shard = %3 -&gt; %4 shards</source>
        <translation>nach Schreibzugriffen: %1 / %2 pro Shard = %3 -&gt; %4 Shards</translation>
    </message>
    <message>
        <source>%1 users x %2 = %3 connections</source>
        <translation>%1 Nutzer x %2 = %3 Verbindungen</translation>
    </message>
    <message>
        <source>%1 connections / %2 a server -&gt; %3 servers</source>
        <translation>%1 Verbindungen / %2 pro Server -&gt; %3 Server</translation>
    </message>
    <message>
        <source>%1^%2 = %3 shards</source>
        <translation>%1^%2 = %3 Shards</translation>
    </message>
    <message>
        <source>%1 posts x %2 followers = %3 writes</source>
        <translation>%1 Beiträge x %2 Follower = %3 Schreibzugriffe</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>eine Anzahl</translation>
    </message>
    <message>
        <source>a count (e.g. 10M)</source>
        <translation>eine Anzahl (z. B. 10M)</translation>
    </message>
    <message>
        <source>a size</source>
        <translation>eine Größe</translation>
    </message>
    <message>
        <source>a size (e.g. 5 GB)</source>
        <translation>eine Größe (z. B. 5 GB)</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>eine Dauer</translation>
    </message>
    <message>
        <source>a duration (e.g. 150 ms)</source>
        <translation>eine Dauer (z. B. 150 ms)</translation>
    </message>
    <message>
        <source>a rate</source>
        <translation>eine Rate</translation>
    </message>
    <message>
        <source>a rate (e.g. 10K/s or 10K QPS)</source>
        <translation>eine Rate (z. B. 10K/s oder 10K QPS)</translation>
    </message>
    <message>
        <source>a data rate</source>
        <translation>eine Datenrate</translation>
    </message>
    <message>
        <source>a data rate (e.g. 50 MB/s)</source>
        <translation>eine Datenrate (z. B. 50 MB/s)</translation>
    </message>
    <message>
        <source>a bit rate</source>
        <translation>eine Bitrate</translation>
    </message>
    <message>
        <source>a bit rate (e.g. 400 Mbps)</source>
        <translation>eine Bitrate (z. B. 400 Mbps)</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>ein Prozentsatz</translation>
    </message>
    <message>
        <source>a fraction or a percentage (e.g. 0.2 or 20%)</source>
        <translation>ein Anteil oder ein Prozentsatz (z. B. 0.2 oder 20%)</translation>
    </message>
    <message>
        <source>a duration in days (e.g. 365)</source>
        <translation>eine Dauer in Tagen (z. B. 365)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>expected NAME:POSITION with a position from 0 to %1 (e.g. A:100), got %2</source>
        <translation>erwartet wurde NAME:POSITION mit einer Position von 0 bis %1 (z. B. A:100), gefunden: %2</translation>
    </message>
    <message>
        <source>%1: another node has its name or its position %2</source>
        <translation>%1: ein anderer Knoten hat denselben Namen oder dieselbe Position %2</translation>
    </message>
    <message>
        <source>%1: a node has its name or its position %2</source>
        <translation>%1: ein Knoten hat bereits diesen Namen oder die Position %2</translation>
    </message>
    <message>
        <source>%1 joins at %2</source>
        <translation>%1 kommt bei %2 hinzu</translation>
    </message>
    <message>
        <source>no node called %1</source>
        <translation>kein Knoten namens %1</translation>
    </message>
    <message>
        <source>%1 is the last node</source>
        <translation>%1 ist der letzte Knoten</translation>
    </message>
    <message>
        <source>%1 leaves</source>
        <translation>%1 scheidet aus</translation>
    </message>
    <message>
        <source>the ring has no nodes</source>
        <translation>der Ring hat keine Knoten</translation>
    </message>
    <message>
        <source>position %1 is off the ring (0 to %2)</source>
        <translation>Position %1 liegt außerhalb des Rings (0 bis %2)</translation>
    </message>
    <message>
        <source>key at %1 -&gt; %2 (the first node clockwise)</source>
        <translation>Schlüssel bei %1 -&gt; %2 (der erste Knoten im Uhrzeigersinn)</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: CRC-32 %2 mod %3 = %4 -&gt; %5</source>
        <translation>Schlüssel &quot;%1&quot;: CRC-32 %2 mod %3 = %4 -&gt; %5</translation>
    </message>
    <message>
        <source>positions %1 (%2) move from %3 to %4</source>
        <translation>Positionen %1 (%2) wechseln von %3 zu %4</translation>
    </message>
    <message>
        <source>%1 of %2 positions move (%3); nothing else moves</source>
        <translation>%1 von %2 Positionen wechseln (%3); sonst ändert sich nichts</translation>
    </message>
    <message>
        <source>a named key&apos;s position is CRC-32 (zlib) of its bytes mod the ring size</source>
        <translation>die Position eines benannten Schlüssels ist CRC-32 (zlib) seiner Bytes mod Ringgröße</translation>
    </message>
    <message>
        <source>expected 0 or more, got %1</source>
        <translation>erwartet wurde 0 oder mehr, gefunden: %1</translation>
    </message>
    <message>
        <source>expected more than 0, got %1</source>
        <translation>erwartet wurde mehr als 0, gefunden: %1</translation>
    </message>
    <message>
        <source>expected more than 0 (it divides), got %1</source>
        <translation>erwartet wurde mehr als 0 (es ist ein Divisor), gefunden: %1</translation>
    </message>
    <message>
        <source>expected at least 1, got %1</source>
        <translation>erwartet wurde mindestens 1, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a fraction from 0 to 1 (0% to 100%), got %1; did you mean %1%?</source>
        <translation>erwartet wurde ein Anteil von 0 bis 1 (0 % bis 100 %), gefunden: %1; meinten Sie %1%?</translation>
    </message>
    <message>
        <source>expected more than 0% and at most 100%, got %1</source>
        <translation>erwartet wurde mehr als 0 % und höchstens 100 %, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a fraction from 0 to 1 (0% to 100%), got %1</source>
        <translation>erwartet wurde ein Anteil von 0 bis 1 (0 % bis 100 %), gefunden: %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>erwartet wurde eine ganze Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>expected %1, got nothing</source>
        <translation>erwartet wurde %1, aber es wurde nichts angegeben</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet wurde %1, gefunden: %2</translation>
    </message>
    <message>
        <source>expected %1, got %2 (unknown unit &apos;%3&apos;)</source>
        <translation>erwartet wurde %1, gefunden: %2 (unbekannte Einheit &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>expected %1, got %2, which is %3</source>
        <translation>erwartet wurde %1, gefunden: %2, das ist %3</translation>
    </message>
    <message>
        <source>unknown key for calculator %1 (expected: %2)</source>
        <translation>unbekannter Schlüssel für den Rechner %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>given more than once</source>
        <translation>mehrfach angegeben</translation>
    </message>
    <message>
        <source>required: %1, %2</source>
        <translation>erforderlich: %1, %2</translation>
    </message>
    <message>
        <source>L1 cache reference</source>
        <translation>L1-Cache-Zugriff</translation>
    </message>
    <message>
        <source>L2 cache reference</source>
        <translation>L2-Cache-Zugriff</translation>
    </message>
    <message>
        <source>main memory reference</source>
        <translation>Hauptspeicherzugriff</translation>
    </message>
    <message>
        <source>SSD random read</source>
        <translation>SSD-Zufallslesezugriff</translation>
    </message>
    <message>
        <source>HDD seek</source>
        <translation>HDD-Seek</translation>
    </message>
    <message>
        <source>round trip within a datacenter</source>
        <translation>Roundtrip innerhalb eines Rechenzentrums</translation>
    </message>
    <message>
        <source>round trip California - Netherlands</source>
        <translation>Roundtrip Kalifornien – Niederlande</translation>
    </message>
    <message>
        <source>expected a repeat count before &apos;*&apos; (e.g. 2*dc), got %1</source>
        <translation>erwartet wurde eine Wiederholungsanzahl vor &apos;*&apos; (z. B. 2*dc), gefunden: %1</translation>
    </message>
    <message>
        <source>expected a step of the latency table (%1) or a duration (e.g. 5ms), got %2</source>
        <translation>erwartet wurde ein Eintrag der Latenztabelle (%1) oder eine Dauer (z. B. 5ms), gefunden: %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>give exactly two of L, lambda and W, got %1</source>
        <translation>geben Sie genau zwei von L, lambda und W an, angegeben: %1</translation>
    </message>
    <message>
        <source>L = lambda x W = %2 x %3 = %1</source>
        <translation>L = lambda x W = %2 x %3 = %1</translation>
    </message>
    <message>
        <source>lambda = L / W = %1 / %3 = %2</source>
        <translation>lambda = L / W = %1 / %3 = %2</translation>
    </message>
    <message>
        <source>W = L / lambda = %1 / %2 = %3</source>
        <translation>W = L / lambda = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>%1 mod %2 = shard %3</source>
        <translation>%1 mod %2 = Shard %3</translation>
    </message>
    <message>
        <source>from %1 to %2 shards: 1 - min(%1, %2) / lcm(%1, %2) = 1 - %3 / %4 = %5 of all keys move</source>
        <translation>von %1 auf %2 Shards: 1 - min(%1, %2) / kgV(%1, %2) = 1 - %3 / %4 = %5 aller Schlüssel wechseln den Shard</translation>
    </message>
    <message>
        <source>token bucket: %1 tokens, refilled at %2, 1 token a request, full at the start</source>
        <translation>Token-Bucket: %1 Tokens, Auffüllrate %2, 1 Token pro Anfrage, zu Beginn voll</translation>
    </message>
    <message>
        <source>fixed window: %1 requests a %2 window (windows start at 0, %2, ...)</source>
        <translation>festes Fenster: %1 Anfragen pro Fenster von %2 (Fenster beginnen bei 0, %2, ...)</translation>
    </message>
    <message>
        <source>sliding window log: %1 accepted requests in any %2</source>
        <translation>Sliding-Window-Log: %1 angenommene Anfragen in jedem Zeitraum von %2</translation>
    </message>
    <message>
        <source>sliding window counter: this %2 window&apos;s count + the last window&apos;s count x its share still in the last %2 &lt; %1</source>
        <translation>Sliding-Window-Counter: Zählerstand dieses %2-Fensters + Zählerstand des vorigen Fensters x dessen Anteil, der noch in den letzten %2 liegt &lt; %1</translation>
    </message>
    <message>
        <source>%1 requests -&gt; %2 accepted, %3 rejected (HTTP 429)</source>
        <translation>%1 Anfragen -&gt; %2 angenommen, %3 abgewiesen (HTTP 429)</translation>
    </message>
    <message>
        <source>hash tag: only &quot;%1&quot; inside {...} is hashed</source>
        <translation>Hash-Tag: nur &quot;%1&quot; innerhalb von {...} wird gehasht</translation>
    </message>
    <message>
        <source>CRC16/XMODEM(&quot;%1&quot;) = %2 = %3; %3 mod 16384 = %4</source>
        <translation>CRC16/XMODEM(&quot;%1&quot;) = %2 = %3; %3 mod 16384 = %4</translation>
    </message>
    <message>
        <source>%1 masters split the slots evenly: slot %2 is on master %3 (slots %4-%5)</source>
        <translation>%1 Master teilen sich die Slots gleichmäßig: Slot %2 liegt auf Master %3 (Slots %4-%5)</translation>
    </message>
    <message>
        <source>components in series and replicas in parallel -&gt; availability and downtime</source>
        <translation>Komponenten in Reihe und Replikate parallel -&gt; Verfügbarkeit und Ausfallzeit</translation>
    </message>
    <message>
        <source>availabilities of components that all must work (a list)</source>
        <translation>Verfügbarkeiten von Komponenten, die alle funktionieren müssen (eine Liste)</translation>
    </message>
    <message>
        <source>availabilities of replicas of which one must work (a list)</source>
        <translation>Verfügbarkeiten von Replikaten, von denen eines funktionieren muss (eine Liste)</translation>
    </message>
    <message>
        <source>give series, parallel or both (e.g. series=99.9%,99.9%)</source>
        <translation>geben Sie series, parallel oder beides an (z. B. series=99.9%,99.9%)</translation>
    </message>
    <message>
        <source>an availability (or nines) -&gt; downtime a year, a month and a day</source>
        <translation>eine Verfügbarkeit (oder Neunen) -&gt; Ausfallzeit pro Jahr, Monat und Tag</translation>
    </message>
    <message>
        <source>the availability (99.9% or 3 nines)</source>
        <translation>die Verfügbarkeit (99.9% oder 3 Neunen)</translation>
    </message>
    <message>
        <source>the sum along a path of the latency numbers (l1, l2, memory, ssd, hdd, dc, continent) and durations</source>
        <translation>die Summe der Latenzwerte (l1, l2, memory, ssd, hdd, dc, continent) und Dauern entlang eines Pfads</translation>
    </message>
    <message>
        <source>the steps, e.g. dc,2*ssd,5ms</source>
        <translation>die Schritte, z. B. dc,2*ssd,5ms</translation>
    </message>
    <message>
        <source>Little&apos;s law L = lambda x W: any two give the third</source>
        <translation>Littles Gesetz L = lambda x W: zwei beliebige Größen ergeben die dritte</translation>
    </message>
    <message>
        <source>requests in the system on average</source>
        <translation>durchschnittliche Anzahl der Anfragen im System</translation>
    </message>
    <message>
        <source>arrivals a second</source>
        <translation>Ankünfte pro Sekunde</translation>
    </message>
    <message>
        <source>time a request spends in the system</source>
        <translation>Zeit, die eine Anfrage im System verbringt</translation>
    </message>
    <message>
        <source>daily active users</source>
        <translation>täglich aktive Nutzer</translation>
    </message>
    <message>
        <source>copies of every byte</source>
        <translation>Kopien jedes Bytes</translation>
    </message>
    <message>
        <source>DAU x actions a day -&gt; requests a second (average and at the peak) and bytes a day</source>
        <translation>DAU x Aktionen pro Tag -&gt; Anfragen pro Sekunde (Durchschnitt und Spitze) und Bytes pro Tag</translation>
    </message>
    <message>
        <source>actions a user makes a day</source>
        <translation>Aktionen eines Nutzers pro Tag</translation>
    </message>
    <message>
        <source>bytes an action reads or writes</source>
        <translation>Bytes, die eine Aktion liest oder schreibt</translation>
    </message>
    <message>
        <source>peak rate / average rate</source>
        <translation>Spitzenrate / Durchschnittsrate</translation>
    </message>
    <message>
        <source>a count over a period -&gt; a rate a second (10B reads a month -&gt; reads/s)</source>
        <translation>eine Anzahl über einen Zeitraum -&gt; eine Rate pro Sekunde (10B Lesezugriffe pro Monat -&gt; reads/s)</translation>
    </message>
    <message>
        <source>events in the period</source>
        <translation>Ereignisse im Zeitraum</translation>
    </message>
    <message>
        <source>the period (a month is 30 days)</source>
        <translation>der Zeitraum (ein Monat hat 30 Tage)</translation>
    </message>
    <message>
        <source>bytes a day x retention days x replicas -&gt; bytes</source>
        <translation>Bytes pro Tag x Aufbewahrungstage x Replikate -&gt; Bytes</translation>
    </message>
    <message>
        <source>new bytes a day</source>
        <translation>neue Bytes pro Tag</translation>
    </message>
    <message>
        <source>days the data is kept</source>
        <translation>Tage, die die Daten aufbewahrt werden</translation>
    </message>
    <message>
        <source>items x bytes an item x replicas -&gt; bytes</source>
        <translation>Objekte x Bytes pro Objekt x Replikate -&gt; Bytes</translation>
    </message>
    <message>
        <source>items stored</source>
        <translation>gespeicherte Objekte</translation>
    </message>
    <message>
        <source>bytes an item</source>
        <translation>Bytes pro Objekt</translation>
    </message>
    <message>
        <source>requests a second x bytes a request -&gt; bytes/s and bits/s</source>
        <translation>Anfragen pro Sekunde x Bytes pro Anfrage -&gt; Bytes/s und Bit/s</translation>
    </message>
    <message>
        <source>requests a second (the peak for peak bandwidth)</source>
        <translation>Anfragen pro Sekunde (für die Spitzenbandbreite den Spitzenwert)</translation>
    </message>
    <message>
        <source>bytes a request sends or returns</source>
        <translation>Bytes, die eine Anfrage sendet oder zurückgibt</translation>
    </message>
    <message>
        <source>requests through a cache -&gt; hits and the misses that reach the origin</source>
        <translation>Anfragen über einen Cache -&gt; Treffer und die Fehlzugriffe, die den Ursprung erreichen</translation>
    </message>
    <message>
        <source>requests a second to the cache</source>
        <translation>Anfragen pro Sekunde an den Cache</translation>
    </message>
    <message>
        <source>share of hits</source>
        <translation>Trefferanteil</translation>
    </message>
    <message>
        <source>peak requests a second / what a server serves, with headroom -&gt; servers</source>
        <translation>Spitzenanfragen pro Sekunde / Leistung eines Servers, mit Reserve -&gt; Server</translation>
    </message>
    <message>
        <source>requests a second at the peak</source>
        <translation>Anfragen pro Sekunde zur Spitzenzeit</translation>
    </message>
    <message>
        <source>requests a second one server serves flat out</source>
        <translation>Anfragen pro Sekunde, die ein Server unter Volllast bedient</translation>
    </message>
    <message>
        <source>how busy a server may run</source>
        <translation>wie stark ein Server ausgelastet sein darf</translation>
    </message>
    <message>
        <source>hot share x items x bytes an item -&gt; cache size (80/20)</source>
        <translation>heißer Anteil x Objekte x Bytes pro Objekt -&gt; Cache-Größe (80/20)</translation>
    </message>
    <message>
        <source>items in the data set</source>
        <translation>Objekte im Datenbestand</translation>
    </message>
    <message>
        <source>share of the items worth caching</source>
        <translation>Anteil der Objekte, die sich zu cachen lohnen</translation>
    </message>
    <message>
        <source>give bytes and bytes_per_shard, or writes_per_second and writes_per_shard, or both</source>
        <translation>geben Sie bytes und bytes_per_shard oder writes_per_second und writes_per_shard an, oder beides</translation>
    </message>
    <message>
        <source>shards by storage and by write rate</source>
        <translation>Shards nach Speicher und nach Schreibrate</translation>
    </message>
    <message>
        <source>bytes to store</source>
        <translation>zu speichernde Bytes</translation>
    </message>
    <message>
        <source>bytes one shard holds</source>
        <translation>Bytes, die ein Shard fasst</translation>
    </message>
    <message>
        <source>writes a second at the peak</source>
        <translation>Schreibzugriffe pro Sekunde zur Spitzenzeit</translation>
    </message>
    <message>
        <source>writes a second one shard takes</source>
        <translation>Schreibzugriffe pro Sekunde, die ein Shard verkraftet</translation>
    </message>
    <message>
        <source>users x the share connected at once -&gt; connections</source>
        <translation>Nutzer x gleichzeitig verbundener Anteil -&gt; Verbindungen</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>share of users connected at once</source>
        <translation>Anteil der gleichzeitig verbundenen Nutzer</translation>
    </message>
    <message>
        <source>connections one server holds</source>
        <translation>Verbindungen, die ein Server hält</translation>
    </message>
    <message>
        <source>letters a prefix character takes</source>
        <translation>mögliche Zeichen je Präfixstelle</translation>
    </message>
    <message>
        <source>characters of the prefix</source>
        <translation>Länge des Präfixes in Zeichen</translation>
    </message>
    <message>
        <source>shards by a key prefix: alphabet^length</source>
        <translation>Shards nach Schlüsselpräfix: Alphabet^Länge</translation>
    </message>
    <message>
        <source>fan-out on write: posts x followers -&gt; timeline writes</source>
        <translation>Fan-out beim Schreiben: Beiträge x Follower -&gt; Timeline-Schreibzugriffe</translation>
    </message>
    <message>
        <source>followers of the author</source>
        <translation>Follower des Autors</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>%1 DAU x %2 actions/day / 86,400 s = %3</source>
        <translation>%1 DAU x %2 Aktionen/Tag / 86 400 s = %3</translation>
    </message>
    <message>
        <source>peak: %1 x peak factor %2 = %3</source>
        <translation>Spitze: %1 x Spitzenfaktor %2 = %3</translation>
    </message>
    <message>
        <source>%1 DAU x %2 actions/day x %3 = %4/day</source>
        <translation>%1 DAU x %2 Aktionen/Tag x %3 = %4/Tag</translation>
    </message>
    <message>
        <source>a day is 86,400 s</source>
        <translation>ein Tag hat 86 400 s</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 s) = %4</source>
        <translation>%1 / %2 (%3 s) = %4</translation>
    </message>
    <message>
        <source>a day is 86,400 s, a month 30 days, a year 365 days</source>
        <translation>ein Tag hat 86 400 s, ein Monat 30 Tage, ein Jahr 365 Tage</translation>
    </message>
    <message>
        <source>%1/day x %2 x %3 replicas = %4</source>
        <translation>%1/Tag x %2 x %3 Replikate = %4</translation>
    </message>
    <message>
        <source>%1 items x %2 = %3</source>
        <translation>%1 Objekte x %2 = %3</translation>
    </message>
    <message>
        <source>%1 items x %2 x %3 replicas = %4</source>
        <translation>%1 Objekte x %2 x %3 Replikate = %4</translation>
    </message>
    <message>
        <source>%1 x %2 = %3 = %4</source>
        <translation>%1 x %2 = %3 = %4</translation>
    </message>
    <message>
        <source>8 bits a byte</source>
        <translation>8 Bit pro Byte</translation>
    </message>
    <message>
        <source>%1 x (1 - %2 hits) = %3 reach the origin</source>
        <translation>%1 x (1 - %2 Treffer) = %3 erreichen den Ursprung</translation>
    </message>
    <message>
        <source>reads: %1 DAU x %2/day / 86,400 s = %3</source>
        <translation>Lesezugriffe: %1 DAU x %2/Tag / 86 400 s = %3</translation>
    </message>
    <message>
        <source>writes: %1 DAU x %2/day / 86,400 s = %3</source>
        <translation>Schreibzugriffe: %1 DAU x %2/Tag / 86 400 s = %3</translation>
    </message>
    <message>
        <source>storage: %1 items x %2 x %3 replicas = %4</source>
        <translation>Speicher: %1 Objekte x %2 x %3 Replikate = %4</translation>
    </message>
    <message>
        <source>cache: 20% x %1 items x %2 = %3</source>
        <translation>Cache: 20 % x %1 Objekte x %2 = %3</translation>
    </message>
    <message>
        <source>storage: %1/day x %2 x %3 replicas = %4</source>
        <translation>Speicher: %1/Tag x %2 x %3 Replikate = %4</translation>
    </message>
    <message>
        <source>connections: %1 DAU x %2 online = %3</source>
        <translation>Verbindungen: %1 DAU x %2 online = %3</translation>
    </message>
    <message>
        <source>bandwidth: %1 x %2 + %3 x %4 = %5</source>
        <translation>Bandbreite: %1 x %2 + %3 x %4 = %5</translation>
    </message>
    <message>
        <source>a day is 86,400 s; 1 KB = 1,000 B</source>
        <translation>ein Tag hat 86 400 s; 1 KB = 1 000 B</translation>
    </message>
    <message>
        <source>%1 overflows (it is not a finite number) with %2; the inputs are too large together</source>
        <translation>%1 läuft mit %2 über (es ist keine endliche Zahl); die Eingaben sind zusammen zu groß</translation>
    </message>
</context>
<context>
    <name>Estimation</name>
    <message>
        <source>Daily active users</source>
        <translation>Täglich aktive Nutzer</translation>
    </message>
    <message>
        <source>Reads per user a day</source>
        <translation>Lesezugriffe pro Nutzer und Tag</translation>
    </message>
    <message>
        <source>Writes per user a day</source>
        <translation>Schreibzugriffe pro Nutzer und Tag</translation>
    </message>
    <message>
        <source>Bytes per read</source>
        <translation>Bytes pro Lesezugriff</translation>
    </message>
    <message>
        <source>Bytes per write</source>
        <translation>Bytes pro Schreibzugriff</translation>
    </message>
    <message>
        <source>Items stored</source>
        <translation>Gespeicherte Objekte</translation>
    </message>
    <message>
        <source>Bytes per item</source>
        <translation>Bytes pro Objekt</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Peak factor</source>
        <translation>Spitzenfaktor</translation>
    </message>
    <message>
        <source>Share online at once</source>
        <translation>Anteil gleichzeitig online</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Server crash</source>
        <translation>Serverabsturz</translation>
    </message>
    <message>
        <source>One instance down</source>
        <translation>Eine Instanz ausgefallen</translation>
    </message>
    <message>
        <source>Slow dependency</source>
        <translation>Langsame Abhängigkeit</translation>
    </message>
    <message>
        <source>Network partition</source>
        <translation>Netzwerkpartition</translation>
    </message>
    <message>
        <source>Cache flush</source>
        <translation>Cache-Leerung</translation>
    </message>
    <message>
        <source>Zone outage</source>
        <translation>Zonenausfall</translation>
    </message>
    <message>
        <source>Every instance of the selected component stops answering; its callers wait for their timeout. Detected by health checks; mitigated by auto-restart and replicas.</source>
        <translation>Alle Instanzen der ausgewählten Komponente antworten nicht mehr; ihre Aufrufer warten bis zu ihrem Timeout. Erkannt durch Health-Checks; abgemildert durch automatischen Neustart und Replikate.</translation>
    </message>
    <message>
        <source>One instance of the selected component stops answering. Health checks take it out of its balancer; the other replicas carry its share.</source>
        <translation>Eine Instanz der ausgewählten Komponente antwortet nicht mehr. Health-Checks nehmen sie aus ihrem Balancer; die anderen Replikate übernehmen ihren Anteil.</translation>
    </message>
    <message>
        <source>The selected component&apos;s service times ×10. Detected as a latency increase; mitigated by timeouts and bulkheads.</source>
        <translation>Die Bedienzeiten der ausgewählten Komponente ×10. Erkannt als Anstieg der Latenz; abgemildert durch Timeouts und Bulkheads.</translation>
    </message>
    <message>
        <source>The selected component and a zone it is not in cannot reach each other. Detected by timeouts; mitigated by circuit breakers and retries.</source>
        <translation>Die ausgewählte Komponente und eine Zone, in der sie nicht liegt, können einander nicht erreichen. Erkannt durch Timeouts; abgemildert durch Circuit Breaker und Wiederholungen.</translation>
    </message>
    <message>
        <source>The selected cache or CDN loses its contents: every request misses, then the hit ratio climbs back.</source>
        <translation>Der ausgewählte Cache oder das ausgewählte CDN verliert seinen Inhalt: jede Anfrage ist ein Fehlzugriff, danach steigt die Trefferquote wieder an.</translation>
    </message>
    <message>
        <source>Every component in the selected component&apos;s zone is down (a region outage). Detected by DNS health checks; mitigated by multi-region failover.</source>
        <translation>Alle Komponenten in der Zone der ausgewählten Komponente sind ausgefallen (ein Regionsausfall). Erkannt durch DNS-Health-Checks; abgemildert durch Multi-Region-Failover.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 instances down, refusing</source>
        <translation>%1: %2 von %3 Instanzen ausgefallen, abweisend</translation>
    </message>
    <message>
        <source>%1: %2 of %3 instances down</source>
        <translation>%1: %2 von %3 Instanzen ausgefallen</translation>
    </message>
    <message>
        <source>%1: %2 of its instances down, refusing</source>
        <translation>%1: %2 der Instanzen ausgefallen, abweisend</translation>
    </message>
    <message>
        <source>%1: %2 of its instances down</source>
        <translation>%1: %2 der Instanzen ausgefallen</translation>
    </message>
    <message>
        <source>%1 down, refusing</source>
        <translation>%1 ausgefallen, abweisend</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <source>%1 slowed ×%2</source>
        <translation>%1 verlangsamt ×%2</translation>
    </message>
    <message>
        <source>%1 cut off from %2</source>
        <translation>%1 abgeschnitten von %2</translation>
    </message>
    <message>
        <source>%1 flushed, refills in %2 s</source>
        <translation>%1 geleert, füllt sich in %2 s wieder</translation>
    </message>
    <message>
        <source>%1 flushed</source>
        <translation>%1 geleert</translation>
    </message>
    <message>
        <source>%1 zone down, refusing</source>
        <translation>Zone %1 ausgefallen, abweisend</translation>
    </message>
    <message>
        <source>%1 zone down</source>
        <translation>Zone %1 ausgefallen</translation>
    </message>
    <message>
        <source>%1 s – %2 s (%3 s)</source>
        <translation>%1 s – %2 s (%3 s)</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>no library file was given</source>
        <translation>es wurde keine Bibliotheksdatei angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not a design library file</source>
        <translation>%1 ist ein Ordner, keine Datei einer Entwurfsbibliothek</translation>
    </message>
    <message>
        <source>cannot open the library %1: no such file</source>
        <translation>die Bibliothek %1 kann nicht geöffnet werden: Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot create the library %1: the folder %2 does not exist</source>
        <translation>die Bibliothek %1 kann nicht angelegt werden: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>the library file %1 is read-only: it is open for reading, and nothing can be saved to it</source>
        <translation>die Bibliotheksdatei %1 ist schreibgeschützt: sie ist nur zum Lesen geöffnet, und es kann nichts darin gespeichert werden</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no System Design Studio library</source>
        <translation>%1 ist leer: die Datei enthält keine System-Design-Studio-Bibliothek</translation>
    </message>
    <message>
        <source>the library %1 was written by a newer System Design Studio (schema version %2; this studio knows up to %3): it is open read-only</source>
        <translation>die Bibliothek %1 wurde von einem neueren System Design Studio geschrieben (Schemaversion %2; dieses Studio kennt Versionen bis %3): sie ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the library %1 was written by an older System Design Studio (schema version %2) and must be upgraded, but it is read-only</source>
        <translation>die Bibliothek %1 wurde von einem älteren System Design Studio geschrieben (Schemaversion %2) und muss aktualisiert werden, ist aber schreibgeschützt</translation>
    </message>
    <message>
        <source>nothing was saved: %1</source>
        <translation>nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>nothing was saved: the library %1 is open read-only</source>
        <translation>nichts wurde gespeichert: die Bibliothek %1 ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the library %1 is busy: another program or window is using it (locked); nothing was changed, try again</source>
        <translation>die Bibliothek %1 ist belegt: ein anderes Programm oder Fenster verwendet sie (gesperrt); nichts wurde geändert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the library %1 is read-only: nothing was saved (%2)</source>
        <translation>die Bibliothek %1 ist schreibgeschützt: nichts wurde gespeichert (%2)</translation>
    </message>
    <message>
        <source>the disk holding the library %1 is full (or the library reached its size limit): nothing was saved</source>
        <translation>das Laufwerk mit der Bibliothek %1 ist voll (oder die Bibliothek hat ihre maximale Größe erreicht): nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1 is not a System Design Studio library, or it is corrupt (%2)</source>
        <translation>%1 ist keine System-Design-Studio-Bibliothek oder ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>cannot open the library %1: %2</source>
        <translation>die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read or write the library %1: %2</source>
        <translation>die Bibliothek %1 kann nicht gelesen oder geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the design is too large for the library %1</source>
        <translation>der Entwurf ist zu groß für die Bibliothek %1</translation>
    </message>
    <message>
        <source>the library %1 failed: %2</source>
        <translation>Fehler in der Bibliothek %1: %2</translation>
    </message>
    <message>
        <source>the library %1 has no design with id %2</source>
        <translation>die Bibliothek %1 enthält keinen Entwurf mit der ID %2</translation>
    </message>
    <message>
        <source>the library %1 is damaged: %2</source>
        <translation>die Bibliothek %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>a design in the library needs a name</source>
        <translation>ein Entwurf in der Bibliothek braucht einen Namen</translation>
    </message>
    <message>
        <source>the library %1 has no removed design with id %2 to restore</source>
        <translation>die Bibliothek %1 enthält keinen gelöschten Entwurf mit der ID %2, der wiederhergestellt werden könnte</translation>
    </message>
    <message>
        <source>the library %1 has no version with id %2</source>
        <translation>die Bibliothek %1 enthält keine Version mit der ID %2</translation>
    </message>
    <message>
        <source>the library %1 has no version with id %2 of design %3</source>
        <translation>die Bibliothek %1 enthält keine Version mit der ID %2 des Entwurfs %3</translation>
    </message>
    <message>
        <source>the library %1 has no draft with id %2</source>
        <translation>die Bibliothek %1 enthält keine automatische Sicherung mit der ID %2</translation>
    </message>
    <message>
        <source>nothing can be written beside the library %1 (its folder is read-only or the disk is full): it is open for reading, and nothing can be saved to it</source>
        <translation>neben der Bibliothek %1 kann nichts geschrieben werden (ihr Ordner ist schreibgeschützt oder das Laufwerk ist voll): sie ist nur zum Lesen geöffnet, und es kann nichts darin gespeichert werden</translation>
    </message>
    <message>
        <source>the library %1 has no practice session with id %2</source>
        <translation>die Bibliothek %1 enthält keine Übungssitzung mit der ID %2</translation>
    </message>
    <message>
        <source>the library %1 has no simulation run with id %2</source>
        <translation>die Bibliothek %1 enthält keinen Simulationslauf mit der ID %2</translation>
    </message>
    <message>
        <source>the library %1 has no revision %2 of design %3</source>
        <translation>die Bibliothek %1 enthält keine Revision %2 des Entwurfs %3</translation>
    </message>
    <message>
        <source>the library %1 holds the results of simulation run %2 damaged</source>
        <translation>die Bibliothek %1 enthält die Ergebnisse des Simulationslaufs %2 in beschädigter Form</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>Dauerhaftigkeit</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Engpässe</translation>
    </message>
    <message>
        <source>Sharding and the shard key</source>
        <translation>Sharding und der Shard-Schlüssel</translation>
    </message>
    <message>
        <source>Caching and its invalidation</source>
        <translation>Caching und seine Invalidierung</translation>
    </message>
    <message>
        <source>Failure handling</source>
        <translation>Umgang mit Ausfällen</translation>
    </message>
    <message>
        <source>Hot keys</source>
        <translation>Hot-Keys</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datenmodell</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <source>At 10x scale</source>
        <translation>Bei 10-facher Last</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>the design cannot be solved yet: %1</source>
        <translation>der Entwurf kann noch nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>worst p99: %1, was %2</source>
        <translation>schlechtestes p99: %1, vorher %2</translation>
    </message>
    <message>
        <source>%1 saturates: %2 of what it can serve</source>
        <translation>%1 ist gesättigt: %2 dessen, was es bedienen kann</translation>
    </message>
    <message>
        <source>busiest: %1 at %2 (was %3)</source>
        <translation>am stärksten ausgelastet: %1 mit %2 (vorher %3)</translation>
    </message>
    <message>
        <source>the design sends no traffic yet: give a client a workload</source>
        <translation>der Entwurf sendet noch keinen Verkehr: geben Sie einem Client eine Last</translation>
    </message>
    <message>
        <source>the design cannot be simulated yet: %1</source>
        <translation>der Entwurf kann noch nicht simuliert werden: %1</translation>
    </message>
    <message>
        <source>simulated %1 s, the failure from %2 s for %3 s</source>
        <translation>%1 s simuliert, der Ausfall ab %2 s für %3 s</translation>
    </message>
    <message>
        <source>requests answered: %1, %2 without it</source>
        <translation>beantwortete Anfragen: %1, ohne den Ausfall %2</translation>
    </message>
    <message>
        <source>worst p99: %1, %2 without it</source>
        <translation>schlechtestes p99: %1, ohne den Ausfall %2</translation>
    </message>
    <message>
        <source>answered in time: %1, %2 without it</source>
        <translation>rechtzeitig beantwortet: %1, ohne den Ausfall %2</translation>
    </message>
    <message>
        <source>The database primary fails. What happens to the requests in flight, and how does the system recover?</source>
        <translation>Der Primärknoten der Datenbank fällt aus. Was passiert mit den laufenden Anfragen, und wie erholt sich das System?</translation>
    </message>
    <message>
        <source>Traffic grows 10x. What breaks first, and what do you change?</source>
        <translation>Der Verkehr wächst auf das 10-Fache. Was bricht zuerst, und was ändern Sie?</translation>
    </message>
    <message>
        <source>A celebrity posts: half of all requests hit one key. Which shard melts, and how do you spread the load?</source>
        <translation>Ein Promi postet: die Hälfte aller Anfragen trifft einen einzigen Schlüssel. Welcher Shard schmilzt, und wie verteilen Sie die Last?</translation>
    </message>
    <message>
        <source>The cache is flushed (a restart, a bad deploy). Does the database survive the stampede?</source>
        <translation>Der Cache wird geleert (ein Neustart, ein fehlerhaftes Deployment). Übersteht die Datenbank den Ansturm?</translation>
    </message>
    <message>
        <source>A whole zone goes down. Who notices?</source>
        <translation>Eine ganze Zone fällt aus. Wer merkt es?</translation>
    </message>
    <message>
        <source>the design has no sharded store or cache for a key to be hot in</source>
        <translation>der Entwurf hat keinen geshardeten Speicher und keinen Cache, in dem ein Schlüssel heiß werden könnte</translation>
    </message>
    <message>
        <source>the design has no database yet</source>
        <translation>der Entwurf hat noch keine Datenbank</translation>
    </message>
    <message>
        <source>the design has no cache yet</source>
        <translation>der Entwurf hat noch keinen Cache</translation>
    </message>
    <message>
        <source>the design has no zones: everything runs in one place, so a zone outage takes it all</source>
        <translation>der Entwurf hat keine Zonen: alles läuft an einem Ort, daher legt ein Zonenausfall alles lahm</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Dimensionierung</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Abschätzungen</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <source>High-level design</source>
        <translation>Grobentwurf</translation>
    </message>
    <message>
        <source>Deep dive</source>
        <translation>Vertiefung</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>the practice session cannot be read: %1</source>
        <translation>die Übungssitzung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no request class %1 was simulated</source>
        <translation>es wurde keine Anfrageklasse %1 simuliert</translation>
    </message>
    <message>
        <source>not simulated: %1</source>
        <translation>nicht simuliert: %1</translation>
    </message>
    <message>
        <source>the design is not valid: %1</source>
        <translation>der Entwurf ist ungültig: %1</translation>
    </message>
    <message>
        <source>the reference design cannot be solved: %1</source>
        <translation>der Referenzentwurf kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>the design cannot be solved: %1</source>
        <translation>der Entwurf kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>the design cannot be solved at the reference&apos;s peak load: %1</source>
        <translation>der Entwurf kann bei der Spitzenlast des Referenzentwurfs nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>no request class is called %1</source>
        <translation>keine Anfrageklasse heißt %1</translation>
    </message>
    <message>
        <source>no request class is answered</source>
        <translation>keine Anfrageklasse wird beantwortet</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>no component of kind %1</source>
        <translation>keine Komponente der Art %1</translation>
    </message>
    <message>
        <source>%1 of kind %2 (%3), fewer than the %4 needed</source>
        <translation>%1 der Art %2 (%3), weniger als die benötigten %4</translation>
    </message>
    <message>
        <source>%1 of kind %2: %3</source>
        <translation>%1 der Art %2: %3</translation>
    </message>
    <message>
        <source>no component of kind %1 to pass</source>
        <translation>keine Komponente der Art %1, über die ein Pfad führen könnte</translation>
    </message>
    <message>
        <source>path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <source>no path from %1 to %2 passes a component of kind %3</source>
        <translation>kein Pfad von %1 nach %2 führt über eine Komponente der Art %3</translation>
    </message>
    <message>
        <source>no links lead from %1 to %2</source>
        <translation>keine Links führen von %1 nach %2</translation>
    </message>
    <message>
        <source>%1 is a %2 link</source>
        <translation>%1 ist ein %2-Link</translation>
    </message>
    <message>
        <source>no %1 link: %2</source>
        <translation>kein %1-Link: %2</translation>
    </message>
    <message>
        <source>no link from %1 to %2</source>
        <translation>kein Link von %1 nach %2</translation>
    </message>
    <message>
        <source>%1, within %2</source>
        <translation>%1, innerhalb von %2</translation>
    </message>
    <message>
        <source>%1; none within %2</source>
        <translation>%1; keiner innerhalb von %2</translation>
    </message>
    <message>
        <source>the design&apos;s estimation gives no %1 (it needs %2)</source>
        <translation>die Abschätzung des Entwurfs ergibt kein %1 (dafür nötig: %2)</translation>
    </message>
    <message>
        <source>the template&apos;s estimation gives no %1</source>
        <translation>die Abschätzung der Vorlage ergibt kein %1</translation>
    </message>
    <message>
        <source>%1: %2 against the template&apos;s %3 (x%4, within x%5)</source>
        <translation>%1: %2 gegenüber %3 in der Vorlage (x%4, innerhalb von x%5)</translation>
    </message>
    <message>
        <source>%1: %2 against the template&apos;s %3 (x%4, more than x%5)</source>
        <translation>%1: %2 gegenüber %3 in der Vorlage (x%4, mehr als x%5)</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>more than %1 requests were in flight at t = %2 s, %3 of them waiting here: its arrivals exceed what it can serve, so its queue grows without end; the run stopped. Give it more instances or workers, or lower the load</source>
        <translation>bei t = %2 s waren mehr als %1 Anfragen unterwegs, %3 davon warteten hier: hier treffen mehr Anfragen ein, als bedient werden können, daher wächst die Warteschlange ohne Ende; der Lauf wurde angehalten. Geben Sie der Komponente mehr Instanzen oder Worker oder senken Sie die Last</translation>
    </message>
    <message>
        <source>more than %1 requests were waiting here at t = %2 s: its arrivals exceed what it can serve, so its queue grows without end; the run stopped. Give it more instances or workers, or lower the load</source>
        <translation>bei t = %2 s warteten hier mehr als %1 Anfragen: hier treffen mehr Anfragen ein, als bedient werden können, daher wächst die Warteschlange ohne Ende; der Lauf wurde angehalten. Geben Sie der Komponente mehr Instanzen oder Worker oder senken Sie die Last</translation>
    </message>
    <message>
        <source>the warm-up (%1 s) must be shorter than the run (%2 s)</source>
        <translation>die Aufwärmphase (%1 s) muss kürzer sein als der Lauf (%2 s)</translation>
    </message>
    <message>
        <source>a run of %1 s at %2 req/s would send about %3 requests per replication, more than the %4 a run allows; shorten the run</source>
        <translation>ein Lauf von %1 s bei %2 req/s würde etwa %3 Anfragen pro Replikation senden, mehr als die %4, die ein Lauf erlaubt; verkürzen Sie den Lauf</translation>
    </message>
    <message>
        <source>%1 requests per replication is more than the %2 a run allows</source>
        <translation>%1 Anfragen pro Replikation sind mehr als die %2, die ein Lauf erlaubt</translation>
    </message>
    <message>
        <source>no component &quot;%1&quot; to follow over time</source>
        <translation>es gibt keine Komponente &quot;%1&quot;, die im Zeitverlauf verfolgt werden könnte</translation>
    </message>
    <message>
        <source>components are not followed over time: the design has %1 queues, more than %2; name the ones to follow</source>
        <translation>Komponenten werden nicht im Zeitverlauf verfolgt: der Entwurf hat %1 Warteschlangen, mehr als %2; nennen Sie die zu verfolgenden</translation>
    </message>
    <message>
        <source>%1: a down instance keeps its share of the requests, for nothing checks its instances&apos; health (the analytic availability assumes they fail over); a load balancer with health checks in front of it would</source>
        <translation>%1: eine ausgefallene Instanz behält ihren Anteil der Anfragen, da nichts den Zustand ihrer Instanzen prüft (die analytische Verfügbarkeit setzt ein Failover voraus); ein Load Balancer mit Health Checks davor würde es tun</translation>
    </message>
    <message>
        <source>the stored results cannot be read (%1); run the simulation again</source>
        <translation>die gespeicherten Ergebnisse können nicht gelesen werden (%1); führen Sie die Simulation erneut aus</translation>
    </message>
    <message>
        <source>the stored run&apos;s %1 cannot be read</source>
        <translation>%1 des gespeicherten Laufs kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Solver</name>
    <message>
        <source>the design has no client with a workload, so no requests flow; add a client and give it a workload (a rate and its request classes)</source>
        <translation>der Entwurf hat keinen Client mit einer Last, daher fließen keine Anfragen; fügen Sie einen Client hinzu und geben Sie ihm eine Last (eine Rate und ihre Anfrageklassen)</translation>
    </message>
    <message>
        <source>requests of class &quot;%1&quot; loop: %2; in a cycle of call links every request would call itself for ever; remove a link of the cycle</source>
        <translation>Anfragen der Klasse &quot;%1&quot; laufen im Kreis: %2; in einem Zyklus aus call-Links würde sich jede Anfrage endlos selbst aufrufen; entfernen Sie einen Link des Zyklus</translation>
    </message>
    <message>
        <source>requests of class &quot;%1&quot; loop: %2; these choose links have no way out, so a request would go round for ever; add a way out or remove a link</source>
        <translation>Anfragen der Klasse &quot;%1&quot; laufen im Kreis: %2; diese choose-Links haben keinen Ausgang, sodass eine Anfrage endlos kreisen würde; fügen Sie einen Ausgang hinzu oder entfernen Sie einen Link</translation>
    </message>
    <message>
        <source>requests of class &quot;%1&quot; can come back: %2; the analytic solver needs routing without loops (no request or handed-off message returning to a component it passed); remove a link of the loop</source>
        <translation>Anfragen der Klasse &quot;%1&quot; können zurückkehren: %2; der analytische Solver braucht ein Routing ohne Schleifen (keine Anfrage und keine übergebene Nachricht darf zu einer Komponente zurückkehren, die sie bereits durchlaufen hat); entfernen Sie einen Link der Schleife</translation>
    </message>
    <message>
        <source>requests of class &quot;%1&quot; reach it, but its choose links for them (%2) all have weight 0, so they have nowhere to go; give one a weight above 0</source>
        <translation>Anfragen der Klasse &quot;%1&quot; erreichen diese Komponente, aber ihre choose-Links für diese Anfragen (%2) haben alle das Gewicht 0, sodass sie nirgendwohin weitergeleitet werden können; geben Sie einem davon ein Gewicht über 0</translation>
    </message>
    <message>
        <source>rates at the peak: each client&apos;s rate x its peak factor</source>
        <translation>Raten zur Spitzenzeit: Rate jedes Clients x sein Spitzenfaktor</translation>
    </message>
    <message>
        <source>rates at the average: each client&apos;s rate</source>
        <translation>Durchschnittsraten: die Rate jedes Clients</translation>
    </message>
    <message>
        <source>the loads did not settle (drops and loads feed each other): the figures are the last round&apos;s</source>
        <translation>die Lasten haben sich nicht eingependelt (Verwerfungen und Lasten beeinflussen sich gegenseitig): die Werte stammen aus der letzten Runde</translation>
    </message>
    <message>
        <source>%1: round robin over %2 instances is approximated (Allen-Cunneen, with Erlang gaps between arrivals)</source>
        <translation>%1: Round Robin über %2 Instanzen wird angenähert (Allen-Cunneen, mit Erlang-verteilten Zwischenankunftszeiten)</translation>
    </message>
    <message>
        <source>%1: least connections is approximated as one shared queue of %2 workers</source>
        <translation>%1: Least Connections wird als eine gemeinsame Warteschlange mit %2 Workern angenähert</translation>
    </message>
    <message>
        <source>%1 holds a worker while its calls are out: a worker is busy for its own service plus their response time (an M/G/c approximation)</source>
        <translation>%1 hält einen Worker, solange seine Aufrufe laufen: ein Worker ist für seine eigene Bedienzeit plus deren Antwortzeit belegt (eine M/G/c-Näherung)</translation>
    </message>
    <message>
        <source>%1 is overloaded (offered utilisation %2): its full queues drop %3 req/s</source>
        <translation>%1 ist überlastet (angebotene Auslastung %2): seine vollen Warteschlangen verwerfen %3 req/s</translation>
    </message>
    <message>
        <source>%1 is saturated (utilisation %2): requests through it have no finite latency</source>
        <translation>%1 ist gesättigt (Auslastung %2): Anfragen, die darüber laufen, haben keine endliche Latenz</translation>
    </message>
    <message>
        <source>%1 holds its workers while it waits for %2, which is saturated: it saturates too</source>
        <translation>%1 hält seine Worker, während es auf das gesättigte %2 wartet: es ist dadurch ebenfalls gesättigt</translation>
    </message>
    <message>
        <source>%1 is reached only through saturated %2: its figures assume the offered load gets through</source>
        <translation>%1 wird nur über das gesättigte %2 erreicht: seine Werte setzen voraus, dass die angebotene Last durchkommt</translation>
    </message>
    <message>
        <source>parallel calls wait for the slowest: its mean is approximated (Clark&apos;s normal approximation)</source>
        <translation>parallele Aufrufe warten auf den langsamsten: dessen Mittelwert wird angenähert (Normalapproximation nach Clark)</translation>
    </message>
    <message>
        <source>%1/%2 is a closed workload: %3 req/s by mean value analysis</source>
        <translation>%1/%2 ist eine geschlossene Last: %3 req/s laut Mittelwertanalyse</translation>
    </message>
    <message>
        <source>%1: %2 workers at one queue are too many for Erlang&apos;s exact recursion: its waits come from an approximation (within 1e-5)</source>
        <translation>%1: %2 Worker an einer Warteschlange sind zu viele für die exakte Erlang-Rekursion: seine Wartezeiten stammen aus einer Näherung (auf 1e-5 genau)</translation>
    </message>
    <message>
        <source>single points of failure are not named: the design has too many paths that every request must take</source>
        <translation>Single Points of Failure werden nicht genannt: der Entwurf hat zu viele Pfade, die jede Anfrage nehmen muss</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Build a design</source>
        <translation>Einen Entwurf erstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Drag a component from the &lt;b&gt;Components&lt;/b&gt; palette onto the canvas, or double-click it to drop it in the middle of the view. Hover a palette entry for one line about it; for the longer explanation choose &lt;b&gt;Help › What Is This?&lt;/b&gt; and click the entry. Click to select, Shift-click to add, drag on the bare canvas for an area; drag or use the arrow keys to move. &lt;b&gt;Arrange › Group into Zone&lt;/b&gt; puts the selection in a zone, which the inspector can make a region, an availability zone or a VPC; &lt;b&gt;Arrange › Auto-Layout&lt;/b&gt; tidies the selection, or the whole design when nothing is selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ziehen Sie eine Komponente aus der Palette &lt;b&gt;Komponenten&lt;/b&gt; auf die Zeichenfläche, oder doppelklicken Sie darauf, um sie in der Mitte der Ansicht abzulegen. Zeigen Sie mit dem Mauszeiger auf einen Paletteneintrag, um eine Zeile dazu zu sehen; für die ausführliche Erklärung wählen Sie &lt;b&gt;Hilfe › Direkthilfe&lt;/b&gt; und klicken auf den Eintrag. Klicken wählt aus, Umschalt+Klick fügt hinzu, Ziehen auf der leeren Zeichenfläche wählt einen Bereich aus; verschieben Sie durch Ziehen oder mit den Pfeiltasten. &lt;b&gt;Anordnen › In Zone gruppieren&lt;/b&gt; legt die Auswahl in eine Zone, die der Inspektor zu einer Region, einer Verfügbarkeitszone oder einer VPC machen kann; &lt;b&gt;Anordnen › Automatisches Layout&lt;/b&gt; ordnet die Auswahl übersichtlich an, oder den ganzen Entwurf, wenn nichts ausgewählt ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Move the pointer near a box to see its connection dots, then drag from a dot (or the border) to another box: the link goes from the caller to what it calls. &lt;b&gt;Edit › Connect&lt;/b&gt; turns on connect mode, where a drag from anywhere on a box draws a link; Escape ends it. A link &lt;i&gt;calls&lt;/i&gt; (the caller waits), &lt;i&gt;hands off&lt;/i&gt; (asynchronous) or is one of the caller&apos;s &lt;i&gt;choose&lt;/i&gt; links, of which each request takes one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bewegen Sie den Mauszeiger in die Nähe eines Kastens, um seine Verbindungspunkte zu sehen, und ziehen Sie dann von einem Punkt (oder vom Rand) zu einem anderen Kasten: Der Link führt vom Aufrufer zu dem, was er aufruft. &lt;b&gt;Bearbeiten › Verbinden&lt;/b&gt; schaltet den Verbindungsmodus ein, in dem ein Ziehen von einer beliebigen Stelle eines Kastens einen Link zeichnet; Esc beendet ihn. Ein Link &lt;i&gt;ruft auf&lt;/i&gt; (der Aufrufer wartet), &lt;i&gt;übergibt&lt;/i&gt; (asynchron) oder ist einer der &lt;i&gt;Wahl&lt;/i&gt;-Links des Aufrufers, von denen jede Anfrage einen nimmt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The inspector</source>
        <translation>Der Inspektor</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;Properties&lt;/b&gt; dock shows the fields of what is selected: a component&apos;s properties, service time and, for a client, its workload; a link&apos;s mode, latency, timeout, retries and circuit breaker; a zone&apos;s kind. With nothing selected it shows the design itself: its prompt, notes and assumptions. Several components of one kind are edited together, and every change is one step of &lt;b&gt;Edit › Undo&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Bereich &lt;b&gt;Eigenschaften&lt;/b&gt; zeigt die Felder der Auswahl: die Eigenschaften einer Komponente, ihre Bedienzeit und bei einem Client seine Last; Modus, Latenz, Timeout, Wiederholungen und Circuit Breaker eines Links; die Art einer Zone. Ist nichts ausgewählt, zeigt er den Entwurf selbst: seine Aufgabenstellung, Notizen und Annahmen. Mehrere Komponenten derselben Art werden gemeinsam bearbeitet, und jede Änderung ist ein Schritt von &lt;b&gt;Bearbeiten › Rückgängig&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Estimate overlay and calculators</source>
        <translation>Abschätzung und Rechner</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;View › Estimate Overlay&lt;/b&gt; solves the design after every edit and colours each component by its utilisation, marks the bottleneck and sums up the figures in a legend; &lt;b&gt;View › Use Peak Load&lt;/b&gt; switches between peak and average traffic. The &lt;b&gt;Calculators&lt;/b&gt; dock holds the back-of-envelope calculators (traffic, storage, cache, shards, availability and more) with their formulas; a result can be applied to a component as one undoable step, and &lt;i&gt;From the design&lt;/i&gt; fills them in from your design&apos;s own figures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ansicht › Abschätzung einblenden&lt;/b&gt; berechnet den Entwurf nach jeder Änderung neu, färbt jede Komponente nach ihrer Auslastung, markiert den Engpass und fasst die Werte in einer Legende zusammen; &lt;b&gt;Ansicht › Spitzenlast verwenden&lt;/b&gt; schaltet zwischen Spitzen- und Durchschnittsverkehr um. Der Bereich &lt;b&gt;Rechner&lt;/b&gt; enthält die Überschlagsrechner (Verkehr, Speicher, Cache, Shards, Verfügbarkeit und mehr) mit ihren Formeln; ein Ergebnis lässt sich in einem Schritt, der rückgängig gemacht werden kann, auf eine Komponente anwenden, und &lt;i&gt;Aus dem Entwurf&lt;/i&gt; füllt die Rechner mit den Werten Ihres Entwurfs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The library and templates</source>
        <translation>Bibliothek und Vorlagen</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;File › Save&lt;/b&gt; writes the design as JSON. &lt;b&gt;File › Export&lt;/b&gt; draws it as a PNG image, an SVG drawing or a PDF document, the whole design or only the selection; a PNG carries the design inside, so opening it gives the editable design back. &lt;b&gt;Edit › Copy as Image&lt;/b&gt; puts it on the clipboard, and the Simulation dock&apos;s &lt;i&gt;Export&lt;/i&gt; writes a run&apos;s results as JSON or CSV and its charts as images.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Datei › Speichern&lt;/b&gt; schreibt den Entwurf als JSON. &lt;b&gt;Datei › Exportieren&lt;/b&gt; zeichnet ihn als PNG-Bild, SVG-Zeichnung oder PDF-Dokument, den ganzen Entwurf oder nur die Auswahl; ein PNG enthält den Entwurf selbst, sodass Sie beim Öffnen den bearbeitbaren Entwurf zurückerhalten. &lt;b&gt;Bearbeiten › Als Bild kopieren&lt;/b&gt; legt ihn in die Zwischenablage, und &lt;i&gt;Exportieren&lt;/i&gt; im Bereich Simulation schreibt die Ergebnisse eines Laufs als JSON oder CSV und seine Diagramme als Bilder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Simulation and failures</source>
        <translation>Simulation und Ausfälle</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Simulate › Run Simulation&lt;/b&gt; runs the design request by request on a worker thread; the &lt;b&gt;Simulation&lt;/b&gt; dock shows the summary, figures over time, the latency distribution, utilisation and queues. Schedule failures on the &lt;i&gt;Failures&lt;/i&gt; tab: select a component, then add an event or one of the reference designs&apos; scenarios (a server crash, a slow dependency, a network partition, a cache flush, a zone outage), or tick &lt;i&gt;Random failures&lt;/i&gt;. Keep a run as the baseline to compare the next ones; &lt;b&gt;Simulate › Find Capacity…&lt;/b&gt; finds the highest load that meets a p99 target.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Simulieren › Simulation starten&lt;/b&gt; spielt den Entwurf Anfrage für Anfrage in einem Hintergrund-Thread durch; der Bereich &lt;b&gt;Simulation&lt;/b&gt; zeigt die Übersicht, die Werte im Zeitverlauf, die Latenzverteilung, die Auslastung und die Warteschlangen. Ausfälle planen Sie auf der Registerkarte &lt;i&gt;Ausfälle&lt;/i&gt;: Wählen Sie eine Komponente aus und fügen Sie dann ein Ereignis oder eines der Szenarien der Referenzentwürfe hinzu (Serverabsturz, langsame Abhängigkeit, Netzwerkpartition, Cache-Leerung, Zonenausfall), oder kreuzen Sie &lt;i&gt;Zufällige Ausfälle&lt;/i&gt; an. Behalten Sie einen Lauf als Referenzlauf, um die nächsten damit zu vergleichen; &lt;b&gt;Simulieren › Kapazität finden …&lt;/b&gt; findet die höchste Last, die ein p99-Ziel noch einhält.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;Library&lt;/b&gt; dock keeps your designs with thumbnails, each save kept as a version you can go back to; unsaved edits are kept as a draft and offered after a crash. &lt;b&gt;File › New from Template…&lt;/b&gt; starts from one of the ten reference designs (URL shortener, news feed, chat, e-commerce and more); &lt;b&gt;File › Add to Library&lt;/b&gt; keeps a design opened from a file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Bereich &lt;b&gt;Bibliothek&lt;/b&gt; bewahrt Ihre Entwürfe mit Vorschaubildern auf; jedes Speichern legt eine neue Version an, zu der Sie zurückkehren können. Ungespeicherte Änderungen werden als automatische Sicherung aufbewahrt und nach einem Absturz angeboten. &lt;b&gt;Datei › Neu aus Vorlage …&lt;/b&gt; beginnt mit einem der zehn Referenzentwürfe (URL-Kürzer, Newsfeed, Chat, E-Commerce und mehr); &lt;b&gt;Datei › Zur Bibliothek hinzufügen&lt;/b&gt; nimmt einen aus einer Datei geöffneten Entwurf in die Bibliothek auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Practice › New Session…&lt;/b&gt; starts a timed interview practice on one of the problems, in the reference designs&apos; four phases: clarify, high-level design, deep dive and wrap-up. The reference design stays hidden; hints cost a point each. Submit scores your design and answers against the reference and opens a report you can export as PDF; &lt;b&gt;Practice › Progress…&lt;/b&gt; shows your sessions over time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Üben › Neue Sitzung …&lt;/b&gt; startet eine Interviewübung auf Zeit zu einer der Aufgaben, mit den vier Phasen der Referenzentwürfe: Klärung, Grobentwurf, Vertiefung und Abschluss. Der Referenzentwurf bleibt verborgen; jeder Hinweis kostet einen Punkt. „Abgeben“ bewertet Ihren Entwurf und Ihre Antworten anhand der Referenz und öffnet einen Bericht, den Sie als PDF exportieren können; &lt;b&gt;Üben › Fortschritt …&lt;/b&gt; zeigt Ihre Sitzungen im Zeitverlauf.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 must be true or false, got %2</source>
        <translation>%1 muss true oder false sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1 must be a string, got %2</source>
        <translation>%1 muss ein String sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1 muss einer der Werte %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got &quot;%3&quot;</source>
        <translation>%1 muss einer der Werte %2 sein, ist aber &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1 muss eine Zahl sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1 must be a finite number, got %2</source>
        <translation>%1 muss eine endliche Zahl sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 muss eine ganze Zahl sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1 must be &gt;= %2, got %3</source>
        <translation>%1 muss &gt;= %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>%1 must be &lt;= %2, got %3</source>
        <translation>%1 muss &lt;= %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>erwartet wurde eine ganze Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>erwartet wurde eine Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>erwartet wurde true oder false, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>erwartet wurde ein String, gefunden: %1</translation>
    </message>
    <message>
        <source>kind %1 has no property &quot;%2&quot; (it has: %3)</source>
        <translation>Art %1 hat keine Eigenschaft &quot;%2&quot; (sie hat: %3)</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind this studio knows (docs/FORMAT.md lists them)</source>
        <translation>Art &quot;%1&quot; ist diesem Studio unbekannt (docs/FORMAT.md listet alle Arten auf)</translation>
    </message>
    <message>
        <source>cannot open: no such file</source>
        <translation>kann nicht geöffnet werden: Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is a directory, not a design file</source>
        <translation>ist ein Verzeichnis, keine Entwurfsdatei</translation>
    </message>
    <message>
        <source>is %1 MB, far larger than a design file can be (at most %2 MB)</source>
        <translation>ist %1 MB groß, viel größer als eine Entwurfsdatei sein kann (höchstens %2 MB)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot save: %1 names a folder</source>
        <translation>kann nicht speichern: %1 ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot save: the folder %1 does not exist</source>
        <translation>kann nicht speichern: der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot save: is a directory, not a design file</source>
        <translation>kann nicht speichern: ist ein Verzeichnis, keine Entwurfsdatei</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>kann nicht speichern: %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>erwartet wurde eine Liste, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>erwartet wurde ein Objekt, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>erwartet wurde eine ganze Zahl von %1 bis %2, gefunden: %3</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>erwartet wurde einer der Werte %1, gefunden: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (erwartet wird einer von: %2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given twice; keep only one</source>
        <translation>der Schlüssel &quot;%1&quot; kommt zweimal vor; nur einer darf bleiben</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>a design file holds one JSON object ({...}), got %1</source>
        <translation>eine Entwurfsdatei enthält genau ein JSON-Objekt ({...}), gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing: a System Design Studio design starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>&quot;format&quot; fehlt: ein System-Design-Studio-Entwurf beginnt mit &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;: this is not a System Design Studio design</source>
        <translation>erwartet wurde &quot;%1&quot;, gefunden: &quot;%2&quot;: dies ist kein System-Design-Studio-Entwurf</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing (this studio writes %1)</source>
        <translation>&quot;version&quot; fehlt (dieses Studio schreibt %1)</translation>
    </message>
    <message>
        <source>this file is format version %1, newer than this studio reads (%2); open it with a newer System Design Studio</source>
        <translation>diese Datei hat die Formatversion %1, neuer als die, die dieses Studio liest (%2); öffnen Sie sie mit einem neueren System Design Studio</translation>
    </message>
    <message>
        <source>there is no format version %1; this studio reads version %2</source>
        <translation>es gibt keine Formatversion %1; dieses Studio liest Version %2</translation>
    </message>
    <message>
        <source>cv must be 1 for an exponential distribution, got %1</source>
        <translation>cv muss bei einer Exponentialverteilung 1 sein, ist aber %1</translation>
    </message>
    <message>
        <source>cv must be 0 for a deterministic distribution, got %1</source>
        <translation>cv muss bei einer deterministischen Verteilung 0 sein, ist aber %1</translation>
    </message>
    <message>
        <source>cv must be &gt; 0 for a lognormal distribution, got %1</source>
        <translation>cv muss bei einer Lognormalverteilung &gt; 0 sein, ist aber %1</translation>
    </message>
    <message>
        <source>cv must be &gt;= 1 for a hyperexponential distribution, got %1</source>
        <translation>cv muss bei einer Hyperexponentialverteilung &gt;= 1 sein, ist aber %1</translation>
    </message>
    <message>
        <source>classes is empty; a workload needs at least one request class (e.g. {&quot;name&quot;: &quot;read&quot;, &quot;mix&quot;: 1})</source>
        <translation>classes ist leer; eine Last braucht mindestens eine Anfrageklasse (z. B. {&quot;name&quot;: &quot;read&quot;, &quot;mix&quot;: 1})</translation>
    </message>
    <message>
        <source>name must not be empty</source>
        <translation>name darf nicht leer sein</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is already used by classes[%2]; names must be unique within a workload</source>
        <translation>der Name &quot;%1&quot; wird bereits von classes[%2] verwendet; Namen müssen innerhalb einer Last eindeutig sein</translation>
    </message>
    <message>
        <source>the mixes of the classes must add up to 1, got %1</source>
        <translation>die Anteile (mix) der Klassen müssen zusammen 1 ergeben, ergeben aber %1</translation>
    </message>
    <message>
        <source>%1 must be &gt; %2, got %3</source>
        <translation>%1 muss &gt; %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>%1 names request class &quot;%2&quot;, which no client&apos;s workload defines (defined: %3)</source>
        <translation>%1 nennt die Anfrageklasse &quot;%2&quot;, die keine Client-Last definiert (definiert: %3)</translation>
    </message>
    <message>
        <source>daily_curve must have 24 values (one per hour), got %1</source>
        <translation>daily_curve muss 24 Werte haben (einen pro Stunde), hat aber %1</translation>
    </message>
    <message>
        <source>max_backoff must be &gt;= backoff (%1), got %2</source>
        <translation>max_backoff muss &gt;= backoff (%1) sein, ist aber %2</translation>
    </message>
    <message>
        <source>id must not be empty</source>
        <translation>id darf nicht leer sein</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is already used by %2; ids must be unique across components, links and zones</source>
        <translation>die id &quot;%1&quot; wird bereits von %2 verwendet; ids müssen über Komponenten, Links und Zonen hinweg eindeutig sein</translation>
    </message>
    <message>
        <source>property %1 is missing</source>
        <translation>die Eigenschaft %1 fehlt</translation>
    </message>
    <message>
        <source>&quot;zone&quot; names zone &quot;%1&quot;, which does not exist</source>
        <translation>&quot;zone&quot; nennt die Zone &quot;%1&quot;, die es nicht gibt</translation>
    </message>
    <message>
        <source>kind %1 does not generate traffic, so it takes no workload; put the workload on a client</source>
        <translation>die Art %1 erzeugt keinen Verkehr und hat daher keine Last; legen Sie die Last auf einen Client</translation>
    </message>
    <message>
        <source>&quot;parent&quot; is the zone itself (&quot;%1&quot;)</source>
        <translation>&quot;parent&quot; ist die Zone selbst (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;parent&quot; names zone &quot;%1&quot;, which does not exist</source>
        <translation>&quot;parent&quot; nennt die Zone &quot;%1&quot;, die es nicht gibt</translation>
    </message>
    <message>
        <source>zones are nested in a circle (%1); one of them must have no parent or another</source>
        <translation>Zonen sind im Kreis verschachtelt (%1); eine davon muss keine oder eine andere übergeordnete Zone haben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty; it must name a component</source>
        <translation>&quot;%1&quot; ist leer; es muss eine Komponente nennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names component &quot;%2&quot;, which does not exist</source>
        <translation>&quot;%1&quot; nennt die Komponente &quot;%2&quot;, die es nicht gibt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 &quot;%3&quot;, which takes no part in the traffic; links cannot start or end there</source>
        <translation>&quot;%1&quot; nennt %2 &quot;%3&quot;, das nicht am Verkehr teilnimmt; Links können dort weder beginnen noch enden</translation>
    </message>
    <message>
        <source>when: %1 applies only to call links; this is a %2 link</source>
        <translation>when: %1 gilt nur für call-Links; dies ist ein %2-Link</translation>
    </message>
    <message>
        <source>when: %1 needs a previous step that asks a cache or CDN, but this call is step %2; make it step 2 or later</source>
        <translation>when: %1 braucht einen vorherigen Schritt, der einen Cache oder ein CDN fragt, aber dieser Aufruf ist Schritt %2; machen Sie ihn zu Schritt 2 oder später</translation>
    </message>
    <message>
        <source>when: %1 needs step %2 of &quot;%3&quot; to call a cache or CDN, which hits or misses; that step calls: %4</source>
        <translation>when: %1 braucht in Schritt %2 von &quot;%3&quot; einen Aufruf an einen Cache oder ein CDN, der trifft oder verfehlt; dieser Schritt ruft auf: %4</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; are both &quot;%1&quot;; a link joins two different components</source>
        <translation>&quot;from&quot; und &quot;to&quot; sind beide &quot;%1&quot;; ein Link verbindet zwei verschiedene Komponenten</translation>
    </message>
    <message>
        <source>cannot save: %1 is a file, not a folder</source>
        <translation>kann nicht speichern: %1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>must list at least one kind</source>
        <translation>muss mindestens eine Art auflisten</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannte Art &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &gt;= 1, got %1</source>
        <translation>muss &gt;= 1 sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be a finite number, got %1</source>
        <translation>muss eine endliche Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <source>kind %1 has no property &quot;%2&quot; (its numeric ones: %3)</source>
        <translation>Art %1 hat keine Eigenschaft &quot;%2&quot; (ihre numerischen: %3)</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; of kind %2 is a %3, not a number</source>
        <translation>die Eigenschaft &quot;%1&quot; der Art %2 ist vom Typ %3, keine Zahl</translation>
    </message>
    <message>
        <source>give &quot;min&quot;, &quot;max&quot; or both</source>
        <translation>geben Sie &quot;min&quot;, &quot;max&quot; oder beides an</translation>
    </message>
    <message>
        <source>%1 is above &quot;max&quot; (%2)</source>
        <translation>%1 liegt über &quot;max&quot; (%2)</translation>
    </message>
    <message>
        <source>unknown quantity &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Größe &quot;%1&quot; (erwartet wird eine von: %2)</translation>
    </message>
    <message>
        <source>must be a finite number &gt;= 1, got %1</source>
        <translation>muss eine endliche Zahl &gt;= 1 sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be kebab-case (lowercase letters and digits joined by single hyphens), got &quot;%1&quot;</source>
        <translation>muss in kebab-case sein (Kleinbuchstaben und Ziffern, durch einzelne Bindestriche verbunden), ist aber &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must hold at least one item</source>
        <translation>muss mindestens einen Eintrag enthalten</translation>
    </message>
    <message>
        <source>must hold at most %1 hints, got %2</source>
        <translation>muss höchstens %1 Hinweise enthalten, enthält %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2[%3]</source>
        <translation>&quot;%1&quot; wird bereits von %2[%3] verwendet</translation>
    </message>
    <message>
        <source>a template file holds one JSON object ({...}), got %1</source>
        <translation>eine Vorlagendatei enthält genau ein JSON-Objekt ({...}), gefunden: %1</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;: this is not a System Design Studio template</source>
        <translation>erwartet wurde &quot;%1&quot;, gefunden: &quot;%2&quot;: dies ist keine System-Design-Studio-Vorlage</translation>
    </message>
    <message>
        <source>this template is format version %1, newer than this studio reads (%2); open it with a newer System Design Studio</source>
        <translation>diese Vorlage hat die Formatversion %1, neuer als die, die dieses Studio liest (%2); öffnen Sie sie mit einem neueren System Design Studio</translation>
    </message>
    <message>
        <source>there is no template format version %1; this studio reads version %2</source>
        <translation>es gibt keine Vorlagen-Formatversion %1; dieses Studio liest Version %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from the file name: expected &quot;%2&quot;</source>
        <translation>&quot;%1&quot; weicht vom Dateinamen ab: erwartet wurde &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is not a PNG image</source>
        <translation>ist kein PNG-Bild</translation>
    </message>
    <message>
        <source>holds no design: only PNG images exported by System Design Studio carry one</source>
        <translation>enthält keinen Entwurf: nur von System Design Studio exportierte PNG-Bilder tragen einen</translation>
    </message>
    <message>
        <source>&quot;bends&quot; has %1 points; a link has at most %2</source>
        <translation>&quot;bends&quot; hat %1 Punkte; ein Link hat höchstens %2</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a device or a socket)</source>
        <translation>ist keine reguläre Datei (eine Pipe, ein Gerät oder ein Socket)</translation>
    </message>
    <message>
        <source>cannot save: %1 is not a regular file (a device, a pipe or a socket); choose another name</source>
        <translation>kann nicht speichern: %1 ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket); wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; applies only to %2 events; this is a %3 event</source>
        <translation>&quot;%1&quot; gilt nur für Ereignisse der Art %2; dies ist ein Ereignis der Art %3</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels at line %2, column %3; a design file is never this deep</source>
        <translation>in Zeile %2, Spalte %3 tiefer als %1 Ebenen verschachtelt; eine Entwurfsdatei ist nie so tief verschachtelt</translation>
    </message>
    <message>
        <source>is a damaged PNG image: its %1 is malformed</source>
        <translation>ist ein beschädigtes PNG-Bild: %1 ist fehlerhaft aufgebaut</translation>
    </message>
    <message>
        <source>its %1 inflates to more than %2 MB, more than a design holds</source>
        <translation>%1 ergibt entpackt mehr als %2 MB, mehr als ein Entwurf umfasst</translation>
    </message>
    <message>
        <source>is a damaged PNG image: the compressed text of its %1 does not inflate</source>
        <translation>ist ein beschädigtes PNG-Bild: der komprimierte Text in %1 lässt sich nicht entpacken</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>is a damaged or truncated PNG image: it ends at byte %1, before its IEND chunk</source>
        <translation>ist ein beschädigtes oder abgeschnittenes PNG-Bild: es endet bei Byte %1, vor seinem IEND-Chunk</translation>
    </message>
    <message>
        <source>is a damaged PNG image: no valid chunk at byte %1</source>
        <translation>ist ein beschädigtes PNG-Bild: kein gültiger Chunk bei Byte %1</translation>
    </message>
    <message>
        <source>is a damaged or truncated PNG image: it ends at byte %1, inside its %2</source>
        <translation>ist ein beschädigtes oder abgeschnittenes PNG-Bild: es endet bei Byte %1, mitten in %2</translation>
    </message>
    <message>
        <source>its %1 holds %2 MB, more than a design holds (%3 MB)</source>
        <translation>%1 enthält %2 MB, mehr als ein Entwurf umfasst (%3 MB)</translation>
    </message>
    <message>
        <source>is a damaged PNG image: its %1 fails its checksum (CRC), so the design in it is not trusted</source>
        <translation>ist ein beschädigtes PNG-Bild: %1 besteht die Prüfsumme (CRC) nicht, daher wird dem Entwurf darin nicht vertraut</translation>
    </message>
    <message>
        <source>mean must be at least %1 s (a nanosecond) on a station, got %2</source>
        <translation>mean muss an einer Station mindestens %1 s (eine Nanosekunde) sein, ist aber %2</translation>
    </message>
    <message>
        <source>rate must be at least %1 req/s (one request in about 32 years), got %2</source>
        <translation>rate muss mindestens %1 req/s (eine Anfrage in etwa 32 Jahren) sein, ist aber %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty; it must name a zone</source>
        <translation>&quot;%1&quot; ist leer; es muss eine Zone nennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names component &quot;%2&quot;, but it must name a zone</source>
        <translation>&quot;%1&quot; nennt die Komponente &quot;%2&quot;, muss aber eine Zone nennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names zone &quot;%2&quot;, which does not exist</source>
        <translation>&quot;%1&quot; nennt die Zone &quot;%2&quot;, die es nicht gibt</translation>
    </message>
    <message>
        <source>&quot;target&quot; names zone &quot;%1&quot;; only a zone_down event strikes a zone, a %2 event strikes a component</source>
        <translation>&quot;target&quot; nennt die Zone &quot;%1&quot;; nur ein zone_down-Ereignis trifft eine Zone, ein %2-Ereignis trifft eine Komponente</translation>
    </message>
    <message>
        <source>&quot;target&quot; names %1 &quot;%2&quot;, which takes no part in the traffic, so no failure can strike it</source>
        <translation>&quot;target&quot; nennt %1 &quot;%2&quot;, das nicht am Verkehr teilnimmt, daher kann es kein Ausfall treffen</translation>
    </message>
    <message>
        <source>&quot;target&quot; names %1 &quot;%2&quot;, which serves no requests, so it cannot be %3</source>
        <translation>&quot;target&quot; nennt %1 &quot;%2&quot;, das keine Anfragen bedient, daher kann es kein %3-Ereignis treffen</translation>
    </message>
    <message>
        <source>instances must be &lt;= %1 (&quot;%2&quot; has %1), got %3; 0 takes them all down</source>
        <translation>instances muss &lt;= %1 sein (&quot;%2&quot; hat %1), ist aber %3; 0 nimmt alle außer Betrieb</translation>
    </message>
    <message>
        <source>&quot;target&quot; names %1 &quot;%2&quot;, which caches nothing; only a cache or CDN can be flushed</source>
        <translation>&quot;target&quot; nennt %1 &quot;%2&quot;, das nichts zwischenspeichert; nur ein Cache oder ein CDN kann geleert werden</translation>
    </message>
</context>
<context>
    <name>studio::app</name>
    <message>
        <source>No Design Library</source>
        <translation>Keine Entwurfsbibliothek</translation>
    </message>
    <message>
        <source>There is no folder for the design library. Designs can still be saved as files.</source>
        <translation>Es gibt keinen Ordner für die Entwurfsbibliothek. Entwürfe können weiterhin als Dateien gespeichert werden.</translation>
    </message>
    <message>
        <source>Library Is Read-Only</source>
        <translation>Bibliothek ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Cannot Open the Design Library</source>
        <translation>Entwurfsbibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The design library %1 cannot be opened. The file is left as it is.</source>
        <translation>Die Entwurfsbibliothek %1 kann nicht geöffnet werden. Die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Start a Fresh Library Beside It</source>
        <translation>Neue Bibliothek daneben anlegen</translation>
    </message>
    <message>
        <source>Work Without a Library</source>
        <translation>Ohne Bibliothek arbeiten</translation>
    </message>
</context>
<context>
    <name>studio::widgets</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported from System Design Studio</source>
        <translation>Aus System Design Studio exportiert</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>das SVG konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>das PNG konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the PNG could not be drawn</source>
        <translation>das PNG konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ApplyBox</name>
    <message>
        <source>Apply to a client&apos;s workload</source>
        <translation>Auf die Last eines Clients anwenden</translation>
    </message>
    <message>
        <source>Apply to a cache</source>
        <translation>Auf einen Cache anwenden</translation>
    </message>
    <message>
        <source>Apply to a data store</source>
        <translation>Auf einen Datenspeicher anwenden</translation>
    </message>
    <message>
        <source>No client with an open workload</source>
        <translation>Kein Client mit offener Last</translation>
    </message>
    <message>
        <source>No cache in the design</source>
        <translation>Kein Cache im Entwurf</translation>
    </message>
    <message>
        <source>No data store in the design</source>
        <translation>Kein Datenspeicher im Entwurf</translation>
    </message>
    <message>
        <source>Sets the client&apos;s arrival rate to %1 (the average) and its peak factor to %2.</source>
        <translation>Setzt die Ankunftsrate des Clients auf %1 (Durchschnitt) und seinen Spitzenfaktor auf %2.</translation>
    </message>
    <message>
        <source>Sets the cache&apos;s memory to %1 in all, split evenly over its shards.</source>
        <translation>Setzt den Speicher des Caches auf insgesamt %1, gleichmäßig auf seine Shards verteilt.</translation>
    </message>
    <message>
        <source>Sets the store&apos;s shard count to %1.</source>
        <translation>Setzt die Anzahl der Shards des Speichers auf %1.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>No result to apply yet.</source>
        <translation>Noch kein Ergebnis zum Anwenden.</translation>
    </message>
    <message>
        <source>Apply to %1 (one undo step)</source>
        <translation>Auf %1 anwenden (ein Rückgängig-Schritt)</translation>
    </message>
</context>
<context>
    <name>studio::widgets::CalculationView</name>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Rounded to two significant digits, as the reference designs write estimates</source>
        <translation>Auf zwei signifikante Stellen gerundet, wie die Referenzentwürfe Schätzwerte angeben</translation>
    </message>
</context>
<context>
    <name>studio::widgets::CalculatorForm</name>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>%1, comma-separated</source>
        <translation>%1, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Expects %1.</source>
        <translation>Erwartet %1.</translation>
    </message>
    <message>
        <source>Also takes a rate per day (e.g. 10/day).</source>
        <translation>Akzeptiert auch eine Rate pro Tag (z. B. 10/day).</translation>
    </message>
    <message>
        <source>Several values, separated by commas: a,b,c.</source>
        <translation>Mehrere Werte, durch Kommas getrennt: a,b,c.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Blank: %1.</source>
        <translation>Wenn leer: %1.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>Fill in %1 for a result.</source>
        <translation>Geben Sie %1 an, um ein Ergebnis zu erhalten.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::CalculatorList</name>
    <message>
        <source>Load and data</source>
        <translation>Last und Daten</translation>
    </message>
    <message>
        <source>Reliability and latency</source>
        <translation>Zuverlässigkeit und Latenz</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>Algorithmen</translation>
    </message>
    <message>
        <source>Search calculators</source>
        <translation>Rechner suchen</translation>
    </message>
</context>
<context>
    <name>studio::widgets::CalculatorsPanel</name>
    <message>
        <source>Calculators</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>From the design</source>
        <translation>Aus dem Entwurf</translation>
    </message>
    <message>
        <source>SI units: 1 KB = 1,000 B (KiB, MiB, GiB are binary); a day is 86,400 s.</source>
        <translation>SI-Einheiten: 1 KB = 1 000 B (KiB, MiB, GiB sind binär); ein Tag hat 86 400 s.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::CapacityDialog</name>
    <message>
        <source>the p99 of %1 passes the target just above it</source>
        <translation>das p99 von %1 überschreitet knapp darüber das Ziel</translation>
    </message>
    <message>
        <source>%1 saturates just above it</source>
        <translation>%1 ist knapp darüber überlastet</translation>
    </message>
    <message>
        <source>the failed requests pass the error-rate target just above it</source>
        <translation>die fehlgeschlagenen Anfragen überschreiten knapp darüber das Fehlerquotenziel</translation>
    </message>
    <message>
        <source>Error rate at most</source>
        <translation>Fehlerquote höchstens</translation>
    </message>
    <message>
        <source>Confirm by simulation at 90%, 100% and 110%</source>
        <translation>Durch Simulation bei 90 %, 100 % und 110 % bestätigen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find Capacity</source>
        <translation>Kapazität finden</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Every client&apos;s rate is scaled by one factor until a request class&apos;s p99 passes the target or a component saturates.</source>
        <translation>Die Rate jedes Clients wird mit einem Faktor skaliert, bis das p99 einer Anfrageklasse das Ziel überschreitet oder eine Komponente überlastet ist.</translation>
    </message>
    <message>
        <source>p99 at most</source>
        <translation>p99 höchstens</translation>
    </message>
    <message>
        <source>Searching, then simulating around the answer…</source>
        <translation>Suche läuft, danach Simulation rund um die Antwort …</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Highest rate meeting it: %1 req/s&lt;/b&gt;, %2 × the %3 req/s offered now.</source>
        <translation>&lt;b&gt;Höchste Rate, die es erfüllt: %1 req/s&lt;/b&gt;, %2 × die jetzt angebotenen %3 req/s.</translation>
    </message>
    <message>
        <source>Breaks first: %1 (%2 busy); %3.</source>
        <translation>Bricht zuerst: %1 (%2 ausgelastet); %3.</translation>
    </message>
    <message>
        <source>Doubling its %1 (%2 → %3) raises it to %4 req/s; then %5 breaks first.</source>
        <translation>Verdoppeln von %1 (%2 → %3) hebt sie auf %4 req/s; dann bricht %5 zuerst.</translation>
    </message>
    <message>
        <source>Simulated at %1%: no verdict (%2).</source>
        <translation>Simuliert bei %1 %: kein Urteil (%2).</translation>
    </message>
    <message>
        <source>Simulated at %1%: p99 %2 (%3), %4 failed: %5.</source>
        <translation>Simuliert bei %1 %: p99 %2 (%3), %4 fehlgeschlagen: %5.</translation>
    </message>
    <message>
        <source>meets the target</source>
        <translation>erfüllt das Ziel</translation>
    </message>
    <message>
        <source>misses it</source>
        <translation>verfehlt es</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Offered rate (req/s)</source>
        <translation>Angebotene Rate (req/s)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the search: what it found so far stays</source>
        <translation>Die Suche anhalten: was sie bisher gefunden hat, bleibt</translation>
    </message>
    <message>
        <source>&lt;i&gt;Stopped: what the search found before it stopped.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Angehalten: was die Suche bis dahin gefunden hat.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ClarifyPage</name>
    <message>
        <source>One requirement a line: &quot;Shorten a long URL&quot;, &quot;Redirect a short URL with HTTP 301&quot;…</source>
        <translation>Eine Anforderung pro Zeile: „Lange URL kürzen“, „Kurze URL mit HTTP 301 weiterleiten“ …</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>You asked the interviewer rather than assumed</source>
        <translation>Sie haben beim Interviewer nachgefragt, statt etwas anzunehmen</translation>
    </message>
    <message>
        <source>Estimation worksheet</source>
        <translation>Abschätzungsblatt</translation>
    </message>
    <message>
        <source>Functional requirements</source>
        <translation>Funktionale Anforderungen</translation>
    </message>
    <message>
        <source>Non-functional requirements</source>
        <translation>Nichtfunktionale Anforderungen</translation>
    </message>
    <message>
        <source>Enter the daily users and what each does a day: the requests a second, storage and bandwidth follow here.</source>
        <translation>Geben Sie die täglich aktiven Nutzer ein und was jeder pro Tag tut: Anfragen pro Sekunde, Speicher und Bandbreite ergeben sich hier daraus.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ComparisonTable</name>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referenzlauf</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>kein signifikanter Unterschied</translation>
    </message>
    <message>
        <source>cannot tell (one replication)</source>
        <translation>nicht entscheidbar (eine Replikation)</translation>
    </message>
    <message>
        <source>goodput/s</source>
        <translation>Goodput/s</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ComponentForm</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Bedienzeit</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unique and stable; links refer to the component by it.</source>
        <translation>Eindeutig und stabil; Links verweisen über sie auf die Komponente.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shown on the canvas.</source>
        <translation>Wird auf der Zeichenfläche angezeigt.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>The zone the component sits in; move it on the canvas to change it.</source>
        <translation>Die Zone, in der die Komponente liegt; zum Ändern die Komponente auf der Zeichenfläche verschieben.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>%1 Komponenten</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ComponentSummary</name>
    <message>
        <source>hit %1%</source>
        <translation>Treffer %1 %</translation>
    </message>
    <message>
        <source>%1 shard</source>
        <translation>%1 Shard</translation>
    </message>
    <message>
        <source>%1 shards</source>
        <translation>%1 Shards</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 partition</source>
        <translation>%1 Partition</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 Partitionen</translation>
    </message>
    <message>
        <source>%1 replica</source>
        <translation>%1 Replikat</translation>
    </message>
    <message>
        <source>%1 replicas</source>
        <translation>%1 Replikate</translation>
    </message>
    <message>
        <source>%1 instance</source>
        <translation>%1 Instanz</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 Instanzen</translation>
    </message>
    <message>
        <source>%1 worker</source>
        <translation>%1 Worker</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 Worker</translation>
    </message>
    <message>
        <source>%1, think %2 s</source>
        <translation>%1, Denkzeit %2 s</translation>
    </message>
    <message>
        <source>%1 user</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>%1, peak × %2</source>
        <translation>%1, Spitze × %2</translation>
    </message>
</context>
<context>
    <name>studio::widgets::DeepDivePage</name>
    <message>
        <source>What Breaks First?</source>
        <translation>Was bricht zuerst?</translation>
    </message>
    <message>
        <source>Ask Me a Curveball</source>
        <translation>Überraschungsfrage stellen</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>Colour the canvas by the estimated load at the peak: the busiest component breaks first</source>
        <translation>Färbt die Zeichenfläche nach der abgeschätzten Last zur Spitzenzeit: die am stärksten ausgelastete Komponente bricht zuerst</translation>
    </message>
    <message>
        <source>Your answer to the interviewer</source>
        <translation>Ihre Antwort an den Interviewer</translation>
    </message>
    <message>
        <source>Curveballs</source>
        <translation>Überraschungsfragen</translation>
    </message>
    <message>
        <source>That was every curveball.</source>
        <translation>Das waren alle Überraschungsfragen.</translation>
    </message>
    <message>
        <source>“%1”

Playing it against your design…</source>
        <translation>„%1“

Wird an Ihrem Entwurf durchgespielt …</translation>
    </message>
    <message>
        <source>Not played: %1</source>
        <translation>Nicht durchgespielt: %1</translation>
    </message>
    <message>
        <source>The interviewer may throw a curveball at your design: a failure, more traffic, a hot key.</source>
        <translation>Der Interviewer kann Ihren Entwurf mit einer Überraschungsfrage auf die Probe stellen: ein Ausfall, mehr Verkehr, ein Hot-Key.</translation>
    </message>
    <message>
        <source>“%1”

On your design:
%2</source>
        <translation>„%1“

An Ihrem Entwurf:
%2</translation>
    </message>
    <message>
        <source>“%1”

Draw your design first: %2</source>
        <translation>„%1“

Zeichnen Sie zuerst Ihren Entwurf: %2</translation>
    </message>
    <message>
        <source>The reference design&apos;s deep-dive prompts</source>
        <translation>Die Vertiefungsfragen des Referenzentwurfs</translation>
    </message>
</context>
<context>
    <name>studio::widgets::DesignEstimatePage</name>
    <message>
        <source>What the design&apos;s estimation inputs give. Edit them in the Properties panel with nothing selected.</source>
        <translation>Was die Abschätzungswerte des Entwurfs ergeben. Bearbeiten Sie sie im Bereich Eigenschaften, wenn nichts ausgewählt ist.</translation>
    </message>
    <message>
        <source>No figures yet: give the design its daily active users and the actions a user makes a day.</source>
        <translation>Noch keine Werte: Geben Sie für den Entwurf die täglich aktiven Nutzer und die Aktionen eines Nutzers pro Tag an.</translation>
    </message>
    <message>
        <source>Fill in a calculator</source>
        <translation>Rechner vorausfüllen</translation>
    </message>
    <message>
        <source>Open the %1 calculator with the design&apos;s inputs</source>
        <translation>Den Rechner %1 mit den Werten des Entwurfs öffnen</translation>
    </message>
</context>
<context>
    <name>studio::widgets::DesignForm</name>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The design&apos;s name.</source>
        <translation>Der Name des Entwurfs.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The prompt: what the system is for.</source>
        <translation>Die Aufgabenstellung: wofür das System gedacht ist.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Trade-off, decision or open question</source>
        <translation>Abwägung, Entscheidung oder offene Frage</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>Subject (e.g. estimation.dau)</source>
        <translation>Gegenstand (z. B. estimation.dau)</translation>
    </message>
    <message>
        <source>The figure assumed, and why</source>
        <translation>Der angenommene Wert und die Begründung</translation>
    </message>
    <message>
        <source>Add an assumption</source>
        <translation>Annahme hinzufügen</translation>
    </message>
    <message>
        <source>assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>Estimation</source>
        <translation>Abschätzung</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Funktional</translation>
    </message>
    <message>
        <source>What the design must do, one requirement a line.</source>
        <translation>Was der Entwurf leisten muss, eine Anforderung pro Zeile.</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <source>End-to-end target for every request class; blank = none.</source>
        <translation>End-to-End-Ziel für jede Anfrageklasse; leer = keine Vorgabe.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Fraction of time up, e.g. 0.999; blank = none.</source>
        <translation>Anteil der Zeit, in der das System läuft, z. B. 0,999; leer = keine Vorgabe.</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Requests per second the design must sustain at peak; blank = none.</source>
        <translation>Anfragen pro Sekunde, die der Entwurf zur Spitzenzeit bewältigen muss; leer = keine Vorgabe.</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>Dauerhaftigkeit</translation>
    </message>
    <message>
        <source>Probability a stored object survives a year; blank = none.</source>
        <translation>Wahrscheinlichkeit, dass ein gespeichertes Objekt ein Jahr übersteht; leer = keine Vorgabe.</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <source>What readers may see after a write.</source>
        <translation>Was Leser nach einem Schreibvorgang sehen können.</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>eventual</source>
        <translation>letztendlich</translation>
    </message>
    <message>
        <source>causal</source>
        <translation>kausal</translation>
    </message>
    <message>
        <source>read your writes</source>
        <translation>Read-Your-Writes</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>p99 (s)</source>
        <translation>p99 (s)</translation>
    </message>
    <message>
        <source>p99 latency by class</source>
        <translation>p99-Latenz je Klasse</translation>
    </message>
    <message>
        <source>End-to-end targets of particular request classes.</source>
        <translation>End-to-End-Ziele einzelner Anfrageklassen.</translation>
    </message>
    <message>
        <source>a class name is needed</source>
        <translation>ein Klassenname ist erforderlich</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; is listed twice</source>
        <translation>die Klasse &quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>The share of the daily active users online at the same time, from 0 to 1 (0.05 = 5%); not a count of users.</source>
        <translation>Der Anteil der täglich aktiven Nutzer, die gleichzeitig online sind, von 0 bis 1 (0,05 = 5 %); keine Anzahl von Nutzern.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::EditActions</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Connect (C): drag from one component to another to link them</source>
        <translation>Verbinden (C): von einer Komponente zu einer anderen ziehen, um sie zu verknüpfen</translation>
    </message>
    <message>
        <source>Drag from one component to another to link them; Escape or C again to stop</source>
        <translation>Von einer Komponente zu einer anderen ziehen, um sie zu verknüpfen; Escape oder erneut C beendet es</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>&amp;Group into Zone</source>
        <translation>In Zone &amp;gruppieren</translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation>Gruppierung auf&amp;heben</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>Horizontal &amp;zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>Verti&amp;kal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Horizontal &amp;verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Vertikal ver&amp;teilen</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n item(s)</source>
        <translation>
            <numerusform>%n Element ausschneiden</numerusform>
            <numerusform>%n Elemente ausschneiden</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>Ungroup %n zone(s)</source>
        <translation>
            <numerusform>Gruppierung von %n Zone aufheben</numerusform>
            <numerusform>Gruppierung von %n Zonen aufheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>Automatisches &amp;Layout</translation>
    </message>
    <message>
        <source>&amp;Straighten Links</source>
        <translation>Links be&amp;gradigen</translation>
    </message>
</context>
<context>
    <name>studio::widgets::EditCommitter</name>
    <message>
        <source>Set %1 of %2 components</source>
        <translation>%1 von %2 Komponenten festlegen</translation>
    </message>
</context>
<context>
    <name>studio::widgets::EstimateLegend</name>
    <message>
        <source>under 50% busy</source>
        <translation>unter 50 % ausgelastet</translation>
    </message>
    <message>
        <source>50–80%</source>
        <translation>50–80 %</translation>
    </message>
    <message>
        <source>80–100%</source>
        <translation>80–100 %</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>gesättigt</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht abgeschätzt</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>Utilisation under 50%: plenty of headroom.</source>
        <translation>Auslastung unter 50 %: viel Reserve.</translation>
    </message>
    <message>
        <source>Utilisation from 50% to 80%: comfortable.</source>
        <translation>Auslastung von 50 % bis 80 %: komfortabel.</translation>
    </message>
    <message>
        <source>Utilisation from 80% to 100%: queues grow long; little headroom.</source>
        <translation>Auslastung von 80 % bis 100 %: Warteschlangen werden lang; wenig Reserve.</translation>
    </message>
    <message>
        <source>Utilisation of 100% or more: more arrives than it can serve.</source>
        <translation>Auslastung ab 100 %: Es trifft mehr ein, als bedient werden kann.</translation>
    </message>
    <message>
        <source>Not a queue (a client, a note) or no traffic reaches it.</source>
        <translation>Keine Warteschlange (z. B. ein Client oder eine Notiz) oder kein eingehender Verkehr.</translation>
    </message>
    <message>
        <source>A thick border: the component with the highest utilisation.</source>
        <translation>Dicker Rahmen: die Komponente mit der höchsten Auslastung.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::EstimateTexts</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
    <message>
        <source>No request reaches it at this load.</source>
        <translation>Bei dieser Last erreicht keine Anfrage diese Komponente.</translation>
    </message>
    <message>
        <source>%1 req/s · %2</source>
        <translation>%1 req/s · %2</translation>
    </message>
    <message>
        <source>bottleneck · saturated</source>
        <translation>Engpass · gesättigt</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>gesättigt</translation>
    </message>
    <message>
        <source>Arrivals: %1 req/s</source>
        <translation>Ankünfte: %1 req/s</translation>
    </message>
    <message>
        <source>%1 %2 req/s</source>
        <translation>%1 %2 req/s</translation>
    </message>
    <message>
        <source>By class: %1</source>
        <translation>Nach Klasse: %1</translation>
    </message>
    <message>
        <source>Utilisation: %1 (the busiest of %2 queues)</source>
        <translation>Auslastung: %1 (die höchste von %2 Warteschlangen)</translation>
    </message>
    <message>
        <source>Utilisation: %1</source>
        <translation>Auslastung: %1</translation>
    </message>
    <message>
        <source>Mean response: %1 · p99: %2</source>
        <translation>Mittlere Antwortzeit: %1 · p99: %2</translation>
    </message>
    <message>
        <source>Dropped: %1 req/s</source>
        <translation>Verworfen: %1 req/s</translation>
    </message>
    <message>
        <source>The bottleneck: the highest utilisation in the design.</source>
        <translation>Der Engpass: die höchste Auslastung im Entwurf.</translation>
    </message>
    <message>
        <source>Saturated: more arrives than it can serve; its queue grows without bound.</source>
        <translation>Gesättigt: Es trifft mehr ein, als bedient werden kann; die Warteschlange wächst unbegrenzt.</translation>
    </message>
    <message>
        <source>Saturated: its workers wait for %1, which is saturated.</source>
        <translation>Gesättigt: Die Worker warten auf das gesättigte %1.</translation>
    </message>
    <message>
        <source>Behind %1, which is saturated: it gets what that one lets through.</source>
        <translation>Hinter dem gesättigten %1: Es kommt nur an, was dieses durchlässt.</translation>
    </message>
    <message>
        <source>≈ marks an approximation.</source>
        <translation>≈ kennzeichnet eine Näherung.</translation>
    </message>
    <message>
        <source>Estimate at peak load</source>
        <translation>Abschätzung bei Spitzenlast</translation>
    </message>
    <message>
        <source>Estimate at average load</source>
        <translation>Abschätzung bei Durchschnittslast</translation>
    </message>
    <message>
        <source>No component carries traffic</source>
        <translation>Keine Komponente trägt Verkehr</translation>
    </message>
    <message>
        <source>Bottleneck: %1 at %2</source>
        <translation>Engpass: %1 bei %2</translation>
    </message>
    <message>
        <source>sustainable up to %1 req/s</source>
        <translation>tragfähig bis %1 req/s</translation>
    </message>
    <message>
        <source>requirements: %1 met, %2 missed</source>
        <translation>Anforderungen: %1 erfüllt, %2 verfehlt</translation>
    </message>
    <message>
        <source>availability %1</source>
        <translation>Verfügbarkeit %1</translation>
    </message>
    <message>
        <source>No estimate for this design:</source>
        <translation>Keine Abschätzung für diesen Entwurf:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere Meldung</numerusform>
            <numerusform>… und %n weitere Meldungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::widgets::ExportActions</name>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>Als &amp;Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the selection, or the whole design when nothing is selected, as an image</source>
        <translation>Die Auswahl, oder ohne Auswahl den ganzen Entwurf, als Bild kopieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;PNG Image…</source>
        <translation>&amp;PNG-Bild …</translation>
    </message>
    <message>
        <source>&amp;SVG Drawing…</source>
        <translation>&amp;SVG-Zeichnung …</translation>
    </message>
    <message>
        <source>P&amp;DF Document…</source>
        <translation>P&amp;DF-Dokument …</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Copied the design as an image</source>
        <translation>Entwurf als Bild kopiert</translation>
    </message>
    <message>
        <source>Copied the selection as an image</source>
        <translation>Auswahl als Bild kopiert</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Nothing was written; any file already there is unchanged.</source>
        <translation>Es wurde nichts geschrieben; eine schon vorhandene Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ExportDialog</name>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>SVG exportieren</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Pixels per canvas unit; lowered when the image would be larger than %1 pixels</source>
        <translation>Pixel je Zeichenflächeneinheit; verringert, wenn das Bild größer als %1 Pixel würde</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>&amp;Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Hintergrund:</translation>
    </message>
    <message>
        <source>&amp;Whole design</source>
        <translation>&amp;Ganzer Entwurf</translation>
    </message>
    <message>
        <source>Se&amp;lection only</source>
        <translation>Nur die Aus&amp;wahl</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
</context>
<context>
    <name>studio::widgets::FailureEventDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Edit Failure</source>
        <translation>Ausfall bearbeiten</translation>
    </message>
    <message>
        <source>When it begins, in seconds from the start of the run.</source>
        <translation>Wann er beginnt, in Sekunden ab dem Start des Laufs.</translation>
    </message>
    <message>
        <source>How long it lasts.</source>
        <translation>Wie lange er dauert.</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>The component&apos;s service times are multiplied by it.</source>
        <translation>Die Bedienzeiten der Komponente werden damit multipliziert.</translation>
    </message>
    <message>
        <source>Factor:</source>
        <translation>Faktor:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>How many of its instances go down; all of them at 0.</source>
        <translation>Wie viele ihrer Instanzen ausfallen; bei 0 alle.</translation>
    </message>
    <message>
        <source>Instances:</source>
        <translation>Instanzen:</translation>
    </message>
    <message>
        <source>Silent: callers wait for their timeout</source>
        <translation>Stumm: Aufrufer warten bis zu ihrem Timeout</translation>
    </message>
    <message>
        <source>Refuse: requests fail at once</source>
        <translation>Abweisen: Anfragen schlagen sofort fehl</translation>
    </message>
    <message>
        <source>Crash mode:</source>
        <translation>Absturzmodus:</translation>
    </message>
    <message>
        <source>The zone the component is cut off from.</source>
        <translation>Die Zone, von der die Komponente abgeschnitten ist.</translation>
    </message>
    <message>
        <source>Cut off from:</source>
        <translation>Abgeschnitten von:</translation>
    </message>
    <message>
        <source>Seconds after the end for the hit ratio to climb back; 0 = at once.</source>
        <translation>Sekunden nach dem Ende, bis die Trefferquote wieder angestiegen ist; 0 = sofort.</translation>
    </message>
    <message>
        <source>Refill:</source>
        <translation>Wiederauffüllen:</translation>
    </message>
</context>
<context>
    <name>studio::widgets::FailureTimeline</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Failure timeline</source>
        <translation>Ausfall-Zeitleiste</translation>
    </message>
    <message>
        <source>The failures the simulation runs, one row each. Arrow keys move the selected one, Shift+arrow changes its end, Up and Down select, Enter edits, Delete removes.</source>
        <translation>Die Ausfälle, die die Simulation durchspielt, einer pro Zeile. Pfeiltasten verschieben den ausgewählten, Umschalt+Pfeil ändert sein Ende, Auf und Ab wählen aus, Eingabe bearbeitet, Entf entfernt.</translation>
    </message>
    <message>
        <source>Down, silent</source>
        <translation>Ausgefallen, stumm</translation>
    </message>
    <message>
        <source>Its instances answer nothing; callers wait for their timeout (a crashed host).</source>
        <translation>Ihre Instanzen antworten nicht; Aufrufer warten bis zu ihrem Timeout (ein abgestürzter Host).</translation>
    </message>
    <message>
        <source>Down, refusing</source>
        <translation>Ausgefallen, abweisend</translation>
    </message>
    <message>
        <source>Its instances fail each request at once (a dead process behind a live port).</source>
        <translation>Ihre Instanzen lassen jede Anfrage sofort fehlschlagen (ein toter Prozess hinter einem offenen Port).</translation>
    </message>
    <message>
        <source>Slowed ×k…</source>
        <translation>Verlangsamt ×k …</translation>
    </message>
    <message>
        <source>Its service times multiplied by a factor you give.</source>
        <translation>Ihre Bedienzeiten, multipliziert mit einem Faktor Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Partitioned from a zone…</source>
        <translation>Von einer Zone getrennt …</translation>
    </message>
    <message>
        <source>It and the components of a zone you choose cannot reach each other.</source>
        <translation>Sie und die Komponenten einer Zone Ihrer Wahl können einander nicht erreichen.</translation>
    </message>
    <message>
        <source>Cache flushed</source>
        <translation>Cache geleert</translation>
    </message>
    <message>
        <source>A cache or CDN loses its contents: every request misses.</source>
        <translation>Ein Cache oder CDN verliert seinen Inhalt: jede Anfrage ist ein Fehlzugriff.</translation>
    </message>
    <message>
        <source>Zone down…</source>
        <translation>Zone ausgefallen …</translation>
    </message>
    <message>
        <source>Every component in a zone you choose is down.</source>
        <translation>Alle Komponenten einer Zone Ihrer Wahl sind ausgefallen.</translation>
    </message>
    <message>
        <source>The selected failure&apos;s numbers (or double-click its bar).</source>
        <translation>Die Werte des ausgewählten Ausfalls (oder auf seinen Balken doppelklicken).</translation>
    </message>
    <message>
        <source>Removes the selected failure (Delete).</source>
        <translation>Entfernt den ausgewählten Ausfall (Entf).</translation>
    </message>
    <message>
        <source>Schedules a failure on the component selected on the canvas, or one you choose.</source>
        <translation>Plant einen Ausfall für die auf der Zeichenfläche ausgewählte Komponente oder eine Komponente Ihrer Wahl ein.</translation>
    </message>
    <message>
        <source>Schedule Failure</source>
        <translation>Ausfall einplanen</translation>
    </message>
    <message>
        <source>Service times of %1 multiplied by:</source>
        <translation>Bedienzeiten von %1 multipliziert mit:</translation>
    </message>
    <message>
        <source>Component:</source>
        <translation>Komponente:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>No failures: select a component on the canvas and pick a Scenario, or Add one.</source>
        <translation>Keine Ausfälle: Wählen Sie eine Komponente auf der Zeichenfläche und dann ein Szenario, oder fügen Sie einen Ausfall hinzu.</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>Past the end of the run (%1 s): the simulation does not get here.</source>
        <translation>Nach dem Ende des Laufs (%1 s): so weit kommt die Simulation nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer in the design: remove this failure or edit the design.</source>
        <translation>„%1“ ist nicht mehr im Entwurf: Entfernen Sie diesen Ausfall oder bearbeiten Sie den Entwurf.</translation>
    </message>
    <message>
        <source>Drag to move it, drag an edge to change its start or end; double-click for its numbers; Delete removes it.</source>
        <translation>Ziehen verschiebt ihn, Ziehen an einer Kante ändert Beginn oder Ende; Doppelklick zeigt seine Werte; Entf entfernt ihn.</translation>
    </message>
    <message>
        <source>The reference designs&apos; failure modes, on the component selected on the canvas: select one first.</source>
        <translation>Die Ausfallarten der Referenzentwürfe, angewandt auf die auf der Zeichenfläche ausgewählte Komponente: wählen Sie zuerst eine aus.</translation>
    </message>
    <message>
        <source>The reference designs&apos; failure modes, on %1.</source>
        <translation>Die Ausfallarten der Referenzentwürfe, angewandt auf %1.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::FieldTexts</name>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Range: %1 .. %2</source>
        <translation>Bereich: %1 .. %2</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>1/day</source>
        <translation>1/Tag</translation>
    </message>
</context>
<context>
    <name>studio::widgets::FileActions</name>
    <message>
        <source>Save to Library</source>
        <translation>In der Bibliothek speichern</translation>
    </message>
    <message>
        <source>Name of the design:</source>
        <translation>Name des Entwurfs:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>This design</source>
        <translation>Dieser Entwurf</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Cannot Open Design</source>
        <translation>Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <source>Designs (*.json)</source>
        <translation>Entwürfe (*.json)</translation>
    </message>
    <message>
        <source>Cannot Save Design</source>
        <translation>Entwurf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 cannot be saved; your changes are still here, unsaved.</source>
        <translation>%1 kann nicht gespeichert werden; Ihre Änderungen sind noch vorhanden, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>…and %1 more (see details).</source>
        <translation>… und %1 weitere (siehe Details).</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage …</translation>
    </message>
    <message>
        <source>Add to &amp;Library</source>
        <translation>Zur Bibliothek &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Keep this design in the library; Save then writes there</source>
        <translation>Diesen Entwurf in der Bibliothek ablegen; Speichern schreibt dann dorthin</translation>
    </message>
    <message>
        <source>The design cannot be saved to the library %1; your changes are still here, unsaved.</source>
        <translation>Der Entwurf kann nicht in der Bibliothek %1 gespeichert werden; Ihre Änderungen sind noch vorhanden, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1” to the library</source>
        <translation>„%1“ in der Bibliothek gespeichert</translation>
    </message>
    <message>
        <source>Import Designs</source>
        <translation>Entwürfe importieren</translation>
    </message>
    <message>
        <source>Cannot Import Design</source>
        <translation>Entwurf kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be added to the library; nothing in the library changed.</source>
        <translation>%1 kann nicht zur Bibliothek hinzugefügt werden; die Bibliothek bleibt unverändert.</translation>
    </message>
    <message>
        <source>Added “%1” to the library</source>
        <translation>„%1“ zur Bibliothek hinzugefügt</translation>
    </message>
    <message>
        <source>A design in the library %1 cannot be opened.</source>
        <translation>Ein Entwurf in der Bibliothek %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Designs (*.json *.png);;Design files (*.json);;PNG images with a design (*.png);;All files (*)</source>
        <translation>Entwürfe (*.json *.png);;Entwurfsdateien (*.json);;PNG-Bilder mit Entwurf (*.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opened the design inside %1 as a new design</source>
        <translation>Den Entwurf in %1 als neuen Entwurf geöffnet</translation>
    </message>
</context>
<context>
    <name>studio::widgets::FindBar</name>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Find a component by name or kind</source>
        <translation>Komponente nach Name oder Art suchen</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>studio::widgets::HighLevelPage</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Shard key</source>
        <translation>Shard-Schlüssel</translation>
    </message>
    <message>
        <source>For example: POST /shorten {long_url} -&gt; {short_url}</source>
        <translation>Zum Beispiel: POST /shorten {long_url} -&gt; {short_url}</translation>
    </message>
    <message>
        <source>For example: url, in the URL database, sharded by short_id</source>
        <translation>Zum Beispiel: url, in der URL-Datenbank, geshardet nach short_id</translation>
    </message>
    <message>
        <source>Draw the components and their links on the canvas: clients, the entry point, services, data stores, caches, queues.</source>
        <translation>Zeichnen Sie die Komponenten und ihre Links auf die Zeichenfläche: Clients, den Einstiegspunkt, Dienste, Datenspeicher, Caches, Warteschlangen.</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datenmodell</translation>
    </message>
</context>
<context>
    <name>studio::widgets::LatencyChart</name>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Share per band</source>
        <translation>Anteil je Band</translation>
    </message>
    <message>
        <source>Latency (ms, log scale)</source>
        <translation>Latenz (ms, logarithmisch)</translation>
    </message>
    <message>
        <source>Answered within (%)</source>
        <translation>Beantwortet innerhalb (%)</translation>
    </message>
    <message>
        <source>Share of requests (%)</source>
        <translation>Anteil der Anfragen (%)</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
</context>
<context>
    <name>studio::widgets::LibraryModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
Last change: %2
Components: %3
Revision: %4</source>
        <translation>%1
Letzte Änderung: %2
Komponenten: %3
Revision: %4</translation>
    </message>
    <message>
        <source>
From template: %1</source>
        <translation>
Aus Vorlage: %1</translation>
    </message>
</context>
<context>
    <name>studio::widgets::LibraryPanel</name>
    <message>
        <source>Delete Design</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the library, with all its versions?</source>
        <translation>„%1“ mit allen Versionen aus der Bibliothek löschen?</translation>
    </message>
    <message>
        <source>Search designs by name</source>
        <translation>Entwürfe nach Namen suchen</translation>
    </message>
    <message>
        <source>This library is read-only: %1</source>
        <translation>Diese Bibliothek ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Add a design file to the library</source>
        <translation>Eine Entwurfsdatei zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Version &amp;History…</source>
        <translation>&amp;Versionsverlauf …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
</context>
<context>
    <name>studio::widgets::LinkForm</name>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The caller.</source>
        <translation>Der Aufrufer.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>The component called.</source>
        <translation>Die aufgerufene Komponente.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Choose: one of the caller&apos;s choose-links is taken per request. Call: the caller waits for the answer. Handoff: the caller does not wait.</source>
        <translation>Wählen: pro Anfrage wird einer der Wahl-Links des Aufrufers genommen. Aufruf: der Aufrufer wartet auf die Antwort. Übergabe: der Aufrufer wartet nicht.</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>einen wählen</translation>
    </message>
    <message>
        <source>call (wait)</source>
        <translation>Aufruf (warten)</translation>
    </message>
    <message>
        <source>handoff (async)</source>
        <translation>Übergabe (asynchron)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Shown on the canvas.</source>
        <translation>Wird auf der Zeichenfläche angezeigt.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>The request classes that take this link, separated by commas; empty = every class.</source>
        <translation>Die Anfrageklassen, die diesen Link nehmen, durch Kommas getrennt; leer = alle Klassen.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Relative share among the caller&apos;s eligible choose-links; 0 keeps the link unused.</source>
        <translation>Relativer Anteil unter den infrage kommenden Wahl-Links des Aufrufers; 0 lässt den Link ungenutzt.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Calls of one step run in parallel; steps run in order.</source>
        <translation>Aufrufe eines Schritts laufen parallel; die Schritte laufen nacheinander.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Miss or hit: only when the previous step&apos;s cache or CDN missed (or hit).</source>
        <translation>Fehlzugriff oder Treffer: nur wenn der Cache oder das CDN des vorigen Schritts verfehlt (bzw. getroffen) hat.</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>on a miss</source>
        <translation>bei Fehlzugriff</translation>
    </message>
    <message>
        <source>on a hit</source>
        <translation>bei Treffer</translation>
    </message>
    <message>
        <source>Multiplicity</source>
        <translation>Multiplizität</translation>
    </message>
    <message>
        <source>msg/req</source>
        <translation>msg/req</translation>
    </message>
    <message>
        <source>Messages sent per request, on average (a fan-out).</source>
        <translation>Pro Anfrage gesendete Nachrichten, im Mittel (ein Fan-out).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>One way; a call pays it there and back (same data centre: 0.00025).</source>
        <translation>Einfache Strecke; ein Aufruf zahlt sie hin und zurück (gleiches Rechenzentrum: 0,00025).</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>The caller&apos;s, per attempt; 0 = wait for ever.</source>
        <translation>Der des Aufrufers, pro Versuch; 0 = unbegrenzt warten.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <source>Max concurrent</source>
        <translation>Max. gleichzeitig</translation>
    </message>
    <message>
        <source>The caller&apos;s bulkhead: its calls in progress on this link per instance; more fail at once. 0 = no limit.</source>
        <translation>Das Schott (Bulkhead) des Aufrufers: seine laufenden Aufrufe über diese Verbindung je Instanz; weitere schlagen sofort fehl. 0 = keine Grenze.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::MainWindow</name>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About System Design Studio</source>
        <translation>&amp;Über System Design Studio</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>About System Design Studio</source>
        <translation>Über System Design Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;System Design Studio %1&lt;/h3&gt;&lt;p&gt;Sketch a distributed system the way you would on a whiteboard, then ask it questions: requests per second, storage, what breaks first, the p99 at peak.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;System Design Studio %1&lt;/h3&gt;&lt;p&gt;Skizzieren Sie ein verteiltes System wie auf einem Whiteboard und stellen Sie ihm dann Fragen: Anfragen pro Sekunde, Speicherbedarf, was zuerst bricht, die p99-Latenz zur Spitzenzeit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Components: %1 · Links: %2 · Zones: %3</source>
        <translation>Komponenten: %1 · Links: %2 · Zonen: %3</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An Fenster &amp;anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — System Design Studio</source>
        <translation>%1 (%2)[*] — System Design Studio</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Opened “%1” from the library</source>
        <translation>„%1“ aus der Bibliothek geöffnet</translation>
    </message>
    <message>
        <source>The version was restored in the library; the open copy keeps your unsaved changes</source>
        <translation>Die Version wurde in der Bibliothek wiederhergestellt; die geöffnete Kopie behält Ihre ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>a new design</source>
        <translation>einem neuen Entwurf</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>System Design Studio did not close properly. Unsaved changes to %1 were kept at %2.</source>
        <translation>System Design Studio wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 wurden am %2 gesichert.</translation>
    </message>
    <message>
        <source>Restore them now, discard them, or decide at the next start.</source>
        <translation>Sie können sie jetzt wiederherstellen, verwerfen oder beim nächsten Start entscheiden.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>&amp;Estimate Overlay</source>
        <translation>Abschätzung ein&amp;blenden</translation>
    </message>
    <message>
        <source>Colour each component by its estimated utilisation and mark the bottleneck</source>
        <translation>Jede Komponente nach ihrer abgeschätzten Auslastung einfärben und den Engpass markieren</translation>
    </message>
    <message>
        <source>Use &amp;Peak Load</source>
        <translation>&amp;Spitzenlast verwenden</translation>
    </message>
    <message>
        <source>Estimate at each client&apos;s rate × its peak factor; off: at the average rate</source>
        <translation>Mit der Rate jedes Clients × seinem Spitzenfaktor abschätzen; aus: mit der Durchschnittsrate</translation>
    </message>
    <message>
        <source>library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>Simulation &amp;starten</translation>
    </message>
    <message>
        <source>Simulate the design as it is now on a worker thread</source>
        <translation>Den Entwurf im jetzigen Stand in einem Hintergrund-Thread simulieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Simulation</source>
        <translation>Simulation &amp;abbrechen</translation>
    </message>
    <message>
        <source>Si&amp;mulation Overlay</source>
        <translation>Si&amp;mulation einblenden</translation>
    </message>
    <message>
        <source>Colour each component by its simulated utilisation in the last run</source>
        <translation>Jede Komponente nach ihrer simulierten Auslastung im letzten Lauf einfärben</translation>
    </message>
    <message>
        <source>Find Ca&amp;pacity…</source>
        <translation>&amp;Kapazität finden …</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Üben</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;What Is This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
</context>
<context>
    <name>studio::widgets::Minimap</name>
    <message>
        <source>Click or drag to move the canvas; the wheel zooms</source>
        <translation>Klicken oder ziehen, um die Zeichenfläche zu verschieben; das Mausrad zoomt</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PaletteWidget</name>
    <message>
        <source>Search components</source>
        <translation>Komponenten suchen</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticeActions</name>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neue Sitzung …</translation>
    </message>
    <message>
        <source>A timed interview practice: clarify, design, deep dive, wrap up</source>
        <translation>Eine Interviewübung auf Zeit: klären, entwerfen, vertiefen, abschließen</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>&amp;Fortschritt …</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>Practice Progress</source>
        <translation>Übungsfortschritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticeClockBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next Phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Five more minutes for this phase</source>
        <translation>Fünf Minuten mehr für diese Phase</translation>
    </message>
    <message>
        <source>On to the next phase of the framework</source>
        <translation>Weiter zur nächsten Phase des Ablaufs</translation>
    </message>
    <message>
        <source>No practice session</source>
        <translation>Keine Übungssitzung</translation>
    </message>
    <message>
        <source>Time is over</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Phase %1 of 4: %2</source>
        <translation>Phase %1 von 4: %2</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>%1 überzogen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticePanel</name>
    <message>
        <source>Hint (−1 point)</source>
        <translation>Hinweis (−1 Punkt)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Score your design and answers against the reference</source>
        <translation>Bewertet Ihren Entwurf und Ihre Antworten anhand des Referenzentwurfs</translation>
    </message>
    <message>
        <source>%1 has run over its time: move on when you are ready (Next Phase), or take five more minutes.</source>
        <translation>%1 hat die geplante Zeit überschritten: gehen Sie weiter, wenn Sie so weit sind (Nächste Phase), oder nehmen Sie sich fünf Minuten mehr.</translation>
    </message>
    <message>
        <source>That was the wrap up: submit when you are ready.</source>
        <translation>Das war der Abschluss: geben Sie ab, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>Time is up: your session was submitted.</source>
        <translation>Die Zeit ist um: Ihre Sitzung wurde abgegeben.</translation>
    </message>
    <message>
        <source>Interview practice</source>
        <translation>Interviewübung</translation>
    </message>
    <message>
        <source>Practice &gt; New Session… starts a timed practice on one of the ten problems or your own prompt.</source>
        <translation>Üben &gt; Neue Sitzung … startet eine Übung auf Zeit zu einer der zehn Aufgaben oder zu Ihrer eigenen Aufgabenstellung.</translation>
    </message>
    <message>
        <source>The session could not be kept in the library:
%1</source>
        <translation>Die Sitzung konnte nicht in der Bibliothek gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>No more hints: your design has what the rubric asks for, or you have seen every answer.</source>
        <translation>Keine weiteren Hinweise: Ihr Entwurf enthält, was das Bewertungsschema verlangt, oder Sie haben alle Antworten gesehen.</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>A nudge</source>
        <translation>Ein Anstoß</translation>
    </message>
    <message>
        <source>A pointer</source>
        <translation>Ein Fingerzeig</translation>
    </message>
    <message numerus="yes">
        <source>%1 (hints so far cost %n point(s)): %2</source>
        <translation>
            <numerusform>%1 (Hinweise kosten bisher %n Punkt): %2</numerusform>
            <numerusform>%1 (Hinweise kosten bisher %n Punkte): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticeReport</name>
    <message>
        <source>Practice Report: %1</source>
        <translation>Übungsbericht: %1</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsschema</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Estimates, targets and time</source>
        <translation>Abschätzungen, Ziele und Zeit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Your design and the reference</source>
        <translation>Ihr Entwurf und der Referenzentwurf</translation>
    </message>
    <message>
        <source>Your design</source>
        <translation>Ihr Entwurf</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren …</translation>
    </message>
    <message>
        <source>No program can judge these. Compare your answer with the reference&apos;s and rate yourself: the rating is kept with the session.</source>
        <translation>Kein Programm kann das beurteilen. Vergleichen Sie Ihre Antwort mit der des Referenzentwurfs und bewerten Sie sich selbst: die Bewertung wird mit der Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>Die Referenz</translation>
    </message>
    <message>
        <source>How did you do?</source>
        <translation>Wie lief es?</translation>
    </message>
    <message>
        <source>Export Practice Report</source>
        <translation>Übungsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticeReportPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Your design</source>
        <translation>Ihr Entwurf</translation>
    </message>
    <message>
        <source>Your canvas is empty</source>
        <translation>Ihre Zeichenfläche ist leer</translation>
    </message>
    <message>
        <source>The reference design: %1</source>
        <translation>Der Referenzentwurf: %1</translation>
    </message>
    <message>
        <source>Practice report: %1</source>
        <translation>Übungsbericht: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>both drawn at %1% of their size</source>
        <translation>beide auf %1 % ihrer Größe gezeichnet</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht fertiggestellt werden</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticeSetupDialog</name>
    <message>
        <source>New Practice Session</source>
        <translation>Neue Übungssitzung</translation>
    </message>
    <message>
        <source>A random problem</source>
        <translation>Eine zufällige Aufgabe</translation>
    </message>
    <message>
        <source>Your own prompt</source>
        <translation>Eigene Aufgabenstellung</translation>
    </message>
    <message>
        <source>Design a pastebin</source>
        <translation>Entwerfen Sie einen Pastebin</translation>
    </message>
    <message>
        <source>The prompt as an interviewer would give it: what to build, for how many users.</source>
        <translation>Die Aufgabenstellung, wie ein Interviewer sie stellen würde: was gebaut werden soll, für wie viele Nutzer.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Aufgabenstellung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Which problem? The reference design stays hidden until the report.</source>
        <translation>Welche Aufgabe? Der Referenzentwurf bleibt bis zum Bericht verborgen.</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 min</translation>
    </message>
    <message>
        <source>Phases: %1.</source>
        <translation>Phasen: %1.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ProgressView</name>
    <message>
        <source>Score over time</source>
        <translation>Punktzahl im Zeitverlauf</translation>
    </message>
    <message>
        <source>Score by rubric category</source>
        <translation>Punktzahl nach Kategorie des Bewertungsschemas</translation>
    </message>
    <message>
        <source>Missed rubric item</source>
        <translation>Verfehltes Kriterium</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed most often&lt;/b&gt;</source>
        <translation>&lt;b&gt;Am häufigsten verfehlt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>Your own prompts</source>
        <translation>Eigene Aufgabenstellungen</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>The practice sessions could not be read: %1</source>
        <translation>Die Übungssitzungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No submitted practice sessions yet: submit a session to see its score here.</source>
        <translation>Noch keine abgegebenen Übungssitzungen: geben Sie eine Sitzung ab, um hier ihre Punktzahl zu sehen.</translation>
    </message>
    <message>
        <source>No practice sessions yet: Practice &gt; New Session…</source>
        <translation>Noch keine Übungssitzungen: Üben &gt; Neue Sitzung …</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Punktzahl (%)</translation>
    </message>
    <message>
        <source>%1
%2: %3%</source>
        <translation>%1
%2: %3 %</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>average %1%</source>
        <translation>Durchschnitt %1 %</translation>
    </message>
    <message>
        <source>best %1%</source>
        <translation>Bestwert %1 %</translation>
    </message>
    <message numerus="yes">
        <source>trend %1 points (last %n vs the %n before)</source>
        <translation>
            <numerusform>Trend %1 Punkte (letzte %n gegenüber der %n davor)</numerusform>
            <numerusform>Trend %1 Punkte (letzte %n gegenüber den %n davor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not submitted yet</source>
        <translation>
            <numerusform>%n noch nicht abgegeben</numerusform>
            <numerusform>%n noch nicht abgegeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::widgets::QueueChart</name>
    <message>
        <source>Tick the components whose queues to draw</source>
        <translation>Komponenten ankreuzen, deren Warteschlangen gezeichnet werden</translation>
    </message>
    <message>
        <source>%1 (%2 waiting)</source>
        <translation>%1 (%2 wartend)</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>Wartende Anfragen</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ReportDiagrams</name>
    <message>
        <source>Your design (%1%)</source>
        <translation>Ihr Entwurf (%1 %)</translation>
    </message>
    <message>
        <source>Your canvas is empty</source>
        <translation>Ihre Zeichenfläche ist leer</translation>
    </message>
    <message>
        <source>The reference design (%1%, the same scale)</source>
        <translation>Der Referenzentwurf (%1 %, gleicher Maßstab)</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ReportSelfAssessment</name>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>missed it</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>as the reference</source>
        <translation>wie die Referenz</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>not sharded</source>
        <translation>nicht geshardet</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Shard key</source>
        <translation>Shard-Schlüssel</translation>
    </message>
    <message>
        <source>You wrote nothing here.</source>
        <translation>Sie haben hier nichts geschrieben.</translation>
    </message>
    <message>
        <source>A custom prompt has no reference answer: rate yourself against what a good answer needs.</source>
        <translation>Eine eigene Aufgabenstellung hat keine Referenzantwort: bewerten Sie sich daran, was eine gute Antwort braucht.</translation>
    </message>
    <message>
        <source>The API serves the reference&apos;s functional requirements:</source>
        <translation>Die API erfüllt die funktionalen Anforderungen des Referenzentwurfs:</translation>
    </message>
    <message>
        <source>The reference has no note on this: its diagram is its answer.</source>
        <translation>Der Referenzentwurf hat hierzu keine Notiz: sein Diagramm ist seine Antwort.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>your rating: %1</source>
        <translation>Ihre Bewertung: %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>Die Referenz</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ReportText</name>
    <message>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Reads per second</source>
        <translation>Lesezugriffe pro Sekunde</translation>
    </message>
    <message>
        <source>Writes per second</source>
        <translation>Schreibzugriffe pro Sekunde</translation>
    </message>
    <message>
        <source>Peak requests per second</source>
        <translation>Anfragen pro Sekunde zur Spitzenzeit</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Concurrent connections</source>
        <translation>Gleichzeitige Verbindungen</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Abschätzungen</translation>
    </message>
    <message>
        <source>None to compare: your worksheet gives none of the reference&apos;s figures.</source>
        <translation>Nichts zu vergleichen: Ihr Abschätzungsblatt enthält keinen der Werte des Referenzentwurfs.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kenngröße</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>innerhalb von %1</translation>
    </message>
    <message>
        <source>p99 latency at most %1</source>
        <translation>p99-Latenz höchstens %1</translation>
    </message>
    <message>
        <source>p99 latency of %1 at most %2</source>
        <translation>p99-Latenz von %1 höchstens %2</translation>
    </message>
    <message>
        <source>availability at least %1</source>
        <translation>Verfügbarkeit mindestens %1</translation>
    </message>
    <message>
        <source>throughput at least %1 req/s</source>
        <translation>Durchsatz mindestens %1 req/s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 req/s sustainable</source>
        <translation>%1 req/s tragfähig</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>At the reference&apos;s peak load of %1 req/s (your clients &amp;times;%2 of their own %3 req/s):</source>
        <translation>Bei der Spitzenlast des Referenzentwurfs von %1 req/s (Ihre Clients &amp;times;%2 ihrer eigenen %3 req/s):</translation>
    </message>
    <message>
        <source>Not judged: %1</source>
        <translation>Nicht beurteilt: %1</translation>
    </message>
    <message>
        <source>Simulated at the same load (no points):</source>
        <translation>Bei derselben Last simuliert (ohne Punkte):</translation>
    </message>
    <message>
        <source>Not scored: a custom prompt has no rubric</source>
        <translation>Nicht bewertet: eine eigene Aufgabenstellung hat kein Bewertungsschema</translation>
    </message>
    <message>
        <source>%1 of %2 points, %3%</source>
        <translation>%1 von %2 Punkten, %3 %</translation>
    </message>
    <message>
        <source>No hints taken</source>
        <translation>Keine Hinweise genutzt</translation>
    </message>
    <message>
        <source>Hints taken: %1</source>
        <translation>Genutzte Hinweise: %1</translation>
    </message>
    <message>
        <source>Hints taken: %1 (they cost %2)</source>
        <translation>Genutzte Hinweise: %1 (Kosten: %2)</translation>
    </message>
    <message>
        <source>Rate yourself under Self-assessment: compare your answers with what a good answer needs.</source>
        <translation>Bewerten Sie sich unter Selbsteinschätzung: vergleichen Sie Ihre Antworten damit, was eine gute Antwort braucht.</translation>
    </message>
    <message>
        <source>Good: %1 all met.</source>
        <translation>Gut: %1 vollständig erfüllt.</translation>
    </message>
    <message>
        <source>No part of the rubric is fully met yet.</source>
        <translation>Noch kein Teil des Bewertungsschemas ist vollständig erfüllt.</translation>
    </message>
    <message>
        <source>%1 of %2 targets met at the reference&apos;s peak load.</source>
        <translation>%1 von %2 Zielen bei der Spitzenlast des Referenzentwurfs erfüllt.</translation>
    </message>
    <message>
        <source>Nothing in the rubric is missing.</source>
        <translation>Im Bewertungsschema fehlt nichts.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Es fehlt: %1.</translation>
    </message>
    <message>
        <source>A custom prompt has no rubric and no reference design: nothing is scored. Rate your answers under Self-assessment; your design is under Your design.</source>
        <translation>Eine eigene Aufgabenstellung hat weder Bewertungsschema noch Referenzentwurf: es wird nichts bewertet. Bewerten Sie Ihre Antworten unter Selbsteinschätzung; Ihren Entwurf finden Sie unter Ihr Entwurf.</translation>
    </message>
    <message>
        <source>Missed (%1 of %2 items)</source>
        <translation>Verfehlt (%1 von %2 Kriterien)</translation>
    </message>
    <message>
        <source>Nothing: every rubric item is met.</source>
        <translation>Nichts: jedes Kriterium des Bewertungsschemas ist erfüllt.</translation>
    </message>
    <message>
        <source>Met (%1 of %2 items)</source>
        <translation>Erfüllt (%1 von %2 Kriterien)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>Time per phase</source>
        <translation>Zeit pro Phase</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gebraucht</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>%1 überzogen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Practice report: %1</source>
        <translation>Übungsbericht: %1</translation>
    </message>
    <message>
        <source>&amp;mdash; the reference design</source>
        <translation>&amp;mdash; der mitgelieferte Referenzentwurf</translation>
    </message>
</context>
<context>
    <name>studio::widgets::RequestClassTable</name>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Request
bytes</source>
        <translation>Anfrage-
Bytes</translation>
    </message>
    <message>
        <source>Response
bytes</source>
        <translation>Antwort-
Bytes</translation>
    </message>
    <message>
        <source>Request classes</source>
        <translation>Anfrageklassen</translation>
    </message>
    <message>
        <source>The kinds of request this client sends and their shares of its traffic; the mixes add up to 1. Reads may be served by any replica, writes are applied by every replica.</source>
        <translation>Die Arten von Anfragen, die dieser Client sendet, und ihre Anteile an seinem Verkehr; die Anteile ergeben zusammen 1. Lesezugriffe kann jedes Replikat bedienen, Schreibzugriffe werden von jedem Replikat ausgeführt.</translation>
    </message>
    <message>
        <source>request classes</source>
        <translation>Anfrageklassen</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ResultsSummary</name>
    <message>
        <source>Client / class</source>
        <translation>Client / Klasse</translation>
    </message>
    <message>
        <source>Goodput/s</source>
        <translation>Goodput/s</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Mean queue</source>
        <translation>Mittlere Warteschlange</translation>
    </message>
    <message>
        <source>Mean response</source>
        <translation>Mittlere Antwortzeit</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Replications: %1 of %2 s simulated (seed %3), %4 s measured after the warm-up in each; ± is the 95% interval, [ ] the analytic estimate, * where it lies outside the interval.</source>
        <translation>Replikationen: %1 zu je %2 s simuliert (Seed %3), davon %4 s nach der Einschwingphase gemessen; ± ist das 95-%-Intervall, [ ] die analytische Schätzung, * wo sie außerhalb des Intervalls liegt.</translation>
    </message>
    <message>
        <source>and %1 more (marked *)</source>
        <translation>und %1 weitere (mit * markiert)</translation>
    </message>
    <message>
        <source>The simulation and the analytic estimate agree within the intervals.</source>
        <translation>Simulation und analytische Schätzung stimmen innerhalb der Intervalle überein.</translation>
    </message>
    <message>
        <source>Beyond the interval: %1</source>
        <translation>Außerhalb des Intervalls: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3 against %4 analytic</source>
        <translation>%1: %2 %3 gegenüber %4 analytisch</translation>
    </message>
    <message>
        <source>goodput</source>
        <translation>Goodput</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>%1 dropped, %2 refused, %3 timed out</source>
        <translation>%1 verworfen, %2 abgewiesen, %3 Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>%1: utilisation %2 against %3 analytic</source>
        <translation>%1: Auslastung %2 gegenüber %3 analytisch</translation>
    </message>
    <message>
        <source>%1 served for callers gone</source>
        <translation>%1 für nicht mehr wartende Aufrufer bedient</translation>
    </message>
    <message>
        <source>%1 skipped expired</source>
        <translation>%1 abgelaufene übersprungen</translation>
    </message>
    <message>
        <source>%1 refused by bulkheads</source>
        <translation>%1 von Bulkheads abgewiesen</translation>
    </message>
    <message>
        <source>%1 failed fast by breakers</source>
        <translation>%1 von Circuit Breakern sofort abgelehnt</translation>
    </message>
    <message>
        <source>%1 calls retried</source>
        <translation>%1 Aufrufe wiederholt</translation>
    </message>
</context>
<context>
    <name>studio::widgets::RetryFields</name>
    <message>
        <source>Max retries</source>
        <translation>Max. Wiederholungen</translation>
    </message>
    <message>
        <source>Extra attempts after the first; 0 = no retries.</source>
        <translation>Zusätzliche Versuche nach dem ersten; 0 = keine Wiederholungen.</translation>
    </message>
    <message>
        <source>Retry budget</source>
        <translation>Wiederholungsbudget</translation>
    </message>
    <message>
        <source>Retries allowed as a fraction of first attempts.</source>
        <translation>Erlaubte Wiederholungen als Anteil der Erstversuche.</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <source>Wait before the first retry, doubled on each next one.</source>
        <translation>Wartezeit vor der ersten Wiederholung, bei jeder weiteren verdoppelt.</translation>
    </message>
    <message>
        <source>Max backoff</source>
        <translation>Max. Backoff</translation>
    </message>
    <message>
        <source>Cap on the doubling; at least the backoff.</source>
        <translation>Obergrenze für die Verdopplung; mindestens so groß wie der Backoff.</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Full jitter: wait a random time between 0 and the backoff.</source>
        <translation>Full Jitter: eine zufällige Zeit zwischen 0 und dem Backoff warten.</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <source>Whether the caller fails fast once this link keeps failing.</source>
        <translation>Ob der Aufrufer sofort abbricht (Fail-fast), sobald dieser Link wiederholt fehlschlägt.</translation>
    </message>
    <message>
        <source>Failure ratio</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Opens when the failure ratio over the window reaches this.</source>
        <translation>Öffnet, wenn die Fehlerquote im Fenster diesen Wert erreicht.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Requests the failure ratio is measured over.</source>
        <translation>Anzahl der Anfragen, über die die Fehlerquote gemessen wird.</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Offen für</translation>
    </message>
    <message>
        <source>How long it fails fast before letting one probe through.</source>
        <translation>Wie lange er sofort abbricht, bevor er eine Probeanfrage durchlässt.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::RowTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>studio::widgets::RunHistory</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>Goodput</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Show this run&apos;s results again, as they were.</source>
        <translation>Zeigt die Ergebnisse dieses Laufs erneut an, so wie sie waren.</translation>
    </message>
    <message>
        <source>Remove this run from the design&apos;s history.</source>
        <translation>Entfernt diesen Lauf aus dem Verlauf des Entwurfs.</translation>
    </message>
    <message>
        <source>This run could not be kept in the library:
%1</source>
        <translation>Dieser Lauf konnte nicht in der Bibliothek gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>The studio runs without a library: runs are not kept.</source>
        <translation>Das Studio läuft ohne Bibliothek: Läufe werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Runs are kept with designs in the library: save this design to the library (File &gt; Save) to keep its runs here.</source>
        <translation>Läufe werden zusammen mit den Entwürfen in der Bibliothek gespeichert: speichern Sie diesen Entwurf in der Bibliothek (Datei &gt; Speichern), um seine Läufe hier aufzubewahren.</translation>
    </message>
    <message>
        <source>No runs kept yet: every finished run (F5) of this design is kept here.</source>
        <translation>Noch keine Läufe gespeichert: jeder abgeschlossene Lauf (F5) dieses Entwurfs wird hier aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) of this design, the newest first.</source>
        <translation>
            <numerusform>%n Lauf dieses Entwurfs, der neueste zuerst.</numerusform>
            <numerusform>%n Läufe dieses Entwurfs, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + edits</source>
        <translation>%1 + Änderungen</translation>
    </message>
    <message>
        <source>%1 s × %2</source>
        <translation>%1 s × %2</translation>
    </message>
    <message>
        <source>This run cannot be shown:
%1</source>
        <translation>Dieser Lauf kann nicht angezeigt werden:
%1</translation>
    </message>
    <message>
        <source>the run of %1 (revision %2 with edits)</source>
        <translation>der Lauf vom %1 (Revision %2 mit Änderungen)</translation>
    </message>
    <message>
        <source>the run of %1 (revision %2)</source>
        <translation>der Lauf vom %1 (Revision %2)</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ServiceEditor</name>
    <message>
        <source>exponential</source>
        <translation>exponentiell</translation>
    </message>
    <message>
        <source>deterministic</source>
        <translation>deterministisch</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>lognormal</translation>
    </message>
    <message>
        <source>hyperexponential</source>
        <translation>hyperexponentiell</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>How service times vary around their mean.</source>
        <translation>Wie die Bedienzeiten um ihren Mittelwert schwanken.</translation>
    </message>
    <message>
        <source>Mean service time</source>
        <translation>Mittlere Bedienzeit</translation>
    </message>
    <message>
        <source>Seconds one worker is busy with one request, not counting the time it waits for its calls.</source>
        <translation>Sekunden, die ein Worker mit einer Anfrage beschäftigt ist, ohne die Zeit, in der er auf seine Aufrufe wartet.</translation>
    </message>
    <message>
        <source>Variation (cv)</source>
        <translation>Variation (cv)</translation>
    </message>
    <message>
        <source>Coefficient of variation: standard deviation / mean. 1 for exponential, 0 for deterministic, above 0 for lognormal, at least 1 for hyperexponential.</source>
        <translation>Variationskoeffizient: Standardabweichung / Mittelwert. 1 bei exponentiell, 0 bei deterministisch, über 0 bei lognormal, mindestens 1 bei hyperexponentiell.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Mean (s)</source>
        <translation>Mittel (s)</translation>
    </message>
    <message>
        <source>cv</source>
        <translation>cv</translation>
    </message>
    <message>
        <source>Per request class</source>
        <translation>Je Anfrageklasse</translation>
    </message>
    <message>
        <source>Service times of particular request classes (a database&apos;s reads and writes); other classes take the times above.</source>
        <translation>Bedienzeiten einzelner Anfrageklassen (Lese- und Schreibzugriffe einer Datenbank); andere Klassen verwenden die Zeiten oben.</translation>
    </message>
    <message>
        <source>per-class service times</source>
        <translation>Bedienzeiten je Klasse</translation>
    </message>
    <message>
        <source>a class name is needed</source>
        <translation>ein Klassenname ist erforderlich</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; is listed twice</source>
        <translation>die Klasse &quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
</context>
<context>
    <name>studio::widgets::SessionList</name>
    <message>
        <source>Open Report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>No practice sessions yet: Practice &gt; New Session…</source>
        <translation>Noch keine Übungssitzungen: Übung &gt; Neue Sitzung …</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), the newest first.</source>
        <translation>
            <numerusform>%n Sitzung, die neueste zuerst.</numerusform>
            <numerusform>%n Sitzungen, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>nicht abgegeben</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3%)</translation>
    </message>
    <message>
        <source>This session cannot be shown:
%1</source>
        <translation>Diese Sitzung kann nicht angezeigt werden:
%1</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>Nach Befehl oder Taste filtern</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>studio::widgets::SimulationOverlay</name>
    <message>
        <source>%1 req/s · %2</source>
        <translation>%1 req/s · %2</translation>
    </message>
    <message>
        <source>busiest</source>
        <translation>am stärksten ausgelastet</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 wasted</source>
        <translation>%1 verschwendet</translation>
    </message>
    <message>
        <source>Simulated, with the analytic estimate in [ ]:</source>
        <translation>Simuliert, mit der analytischen Schätzung in [ ]:</translation>
    </message>
    <message>
        <source>Arrivals: %1 req/s</source>
        <translation>Ankünfte: %1 req/s</translation>
    </message>
    <message>
        <source>Utilisation: %1</source>
        <translation>Auslastung: %1</translation>
    </message>
    <message>
        <source>Mean wait: %1</source>
        <translation>Mittlere Wartezeit: %1</translation>
    </message>
    <message>
        <source>Mean queue: %1</source>
        <translation>Mittlere Warteschlange: %1</translation>
    </message>
    <message>
        <source>Dropped or refused: %1</source>
        <translation>Verworfen oder abgewiesen: %1</translation>
    </message>
</context>
<context>
    <name>studio::widgets::SimulationPanel</name>
    <message>
        <source>Random failures</source>
        <translation>Zufällige Ausfälle</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Simulated seconds per replication (a tenth is warm-up).</source>
        <translation>Simulierte Sekunden je Replikation (ein Zehntel ist Einschwingphase).</translation>
    </message>
    <message>
        <source>Independent replications: the intervals come from them.</source>
        <translation>Unabhängige Replikationen: aus ihnen entstehen die Intervalle.</translation>
    </message>
    <message>
        <source>The same seed gives the same numbers (common random numbers).</source>
        <translation>Derselbe Seed ergibt dieselben Zahlen (gemeinsame Zufallszahlen).</translation>
    </message>
    <message>
        <source>Instances fail and come back at random, as their availability and time to repair say.</source>
        <translation>Instanzen fallen zufällig aus und kommen zurück, wie ihre Verfügbarkeit und Reparaturzeit es vorgeben.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Replikationen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Request class</source>
        <translation>Anfrageklasse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Run (F5) simulates the design as it is now.</source>
        <translation>Starten (F5) simuliert den Entwurf im jetzigen Stand.</translation>
    </message>
    <message>
        <source>Simulating the design as it was when the run started; editing goes on.</source>
        <translation>Simuliert wird der Entwurf im Stand beim Start; Bearbeiten ist weiter möglich.</translation>
    </message>
    <message>
        <source>Simulating: %1% done, about %2 s left (Esc cancels).</source>
        <translation>Simulation: %1 % erledigt, noch etwa %2 s (Esc bricht ab).</translation>
    </message>
    <message>
        <source>The simulation could not run:
%1</source>
        <translation>Die Simulation konnte nicht laufen:
%1</translation>
    </message>
    <message>
        <source>Cancelled: the results of the last finished run stay.</source>
        <translation>Abgebrochen: die Ergebnisse des letzten abgeschlossenen Laufs bleiben.</translation>
    </message>
    <message>
        <source>Finished in %1 s: %2 events.</source>
        <translation>Fertig in %1 s: %2 Ereignisse.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>Goodput</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>The design changed after this run: these results are for the version it ran on. Run again (F5) for the design as it is now.</source>
        <translation>Der Entwurf hat sich nach diesem Lauf geändert: diese Ergebnisse gehören zur damaligen Version. Erneut starten (F5) für den jetzigen Stand.</translation>
    </message>
    <message>
        <source>Keep as Baseline</source>
        <translation>Als Referenzlauf behalten</translation>
    </message>
    <message>
        <source>Play Flow</source>
        <translation>Fluss abspielen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Results as JSON or CSV…</source>
        <translation>Ergebnisse als JSON oder CSV …</translation>
    </message>
    <message>
        <source>Throughput Chart…</source>
        <translation>Durchsatzdiagramm …</translation>
    </message>
    <message>
        <source>Latency Chart…</source>
        <translation>Latenzdiagramm …</translation>
    </message>
    <message>
        <source>Utilisation Chart…</source>
        <translation>Auslastungsdiagramm …</translation>
    </message>
    <message>
        <source>Queue Chart…</source>
        <translation>Warteschlangendiagramm …</translation>
    </message>
    <message>
        <source>Keep these results to compare the next runs with: change the design, run again with the same seed, and read the differences.</source>
        <translation>Diese Ergebnisse behalten, um die nächsten Läufe damit zu vergleichen: den Entwurf ändern, mit demselben Seed erneut starten und die Unterschiede ablesen.</translation>
    </message>
    <message>
        <source>Play the run back on the canvas: dots along the links, as many as their traffic, coloured by request class, red where they fail.</source>
        <translation>Den Lauf auf der Zeichenfläche abspielen: Punkte entlang der Links, so viele wie ihr Verkehr, nach Anfrageklasse eingefärbt, rot, wo Anfragen fehlschlagen.</translation>
    </message>
    <message>
        <source>%1× simulated time</source>
        <translation>%1× simulierte Zeit</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Baseline goodput</source>
        <translation>Goodput (Referenzlauf)</translation>
    </message>
    <message>
        <source>Baseline p99</source>
        <translation>p99 (Referenzlauf)</translation>
    </message>
    <message>
        <source>Pause Flow</source>
        <translation>Fluss anhalten</translation>
    </message>
    <message>
        <source>t = %1 s of %2 s</source>
        <translation>t = %1 s von %2 s</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Clear Baseline</source>
        <translation>Referenzlauf verwerfen</translation>
    </message>
    <message>
        <source>Keep a run as the baseline, change the design and run again (the same seed gives the same random numbers): the differences appear here.</source>
        <translation>Behalten Sie einen Lauf als Referenzlauf, ändern Sie den Entwurf und starten Sie erneut (derselbe Seed ergibt dieselben Zufallszahlen): Die Unterschiede erscheinen hier.</translation>
    </message>
    <message>
        <source>This run is the baseline (seed %1). Change the design and run again.</source>
        <translation>Dieser Lauf ist der Referenzlauf (Seed %1). Ändern Sie den Entwurf und starten Sie erneut.</translation>
    </message>
    <message>
        <source>This run against the baseline (seed %1 against %2): the difference with its 95% interval.</source>
        <translation>Dieser Lauf gegenüber dem Referenzlauf (Seed %1 gegenüber %2): die Differenz mit ihrem 95-%-Intervall.</translation>
    </message>
    <message>
        <source>Latency Distribution Chart…</source>
        <translation>Diagramm der Latenzverteilung …</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Showing %1, kept in the library.</source>
        <translation>Angezeigt wird %1, gespeichert in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::SummaryForm</name>
    <message>
        <source>%1 items selected</source>
        <translation>%1 Elemente ausgewählt</translation>
    </message>
    <message>
        <source>Select items of one kind to edit what they share.</source>
        <translation>Wählen Sie Elemente derselben Art aus, um ihre gemeinsamen Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
</context>
<context>
    <name>studio::widgets::TemplateGallery</name>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Start from one of the reference designs. Each has its requirements, estimates, trade-offs and a rubric for practice.</source>
        <translation>Beginnen Sie mit einem der Referenzentwürfe. Jeder enthält Anforderungen, Abschätzungen, Abwägungen und ein Bewertungsschema zum Üben.</translation>
    </message>
    <message>
        <source>&amp;Use Template</source>
        <translation>Vorlage &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>studio::widgets::TextPairList</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>studio::widgets::TimeSeriesChart</name>
    <message>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <source>%1 slowed ×%2</source>
        <translation>%1 verlangsamt ×%2</translation>
    </message>
    <message>
        <source>%1 cut off from %2</source>
        <translation>%1 abgeschnitten von %2</translation>
    </message>
    <message>
        <source>%1 flushed</source>
        <translation>%1 geleert</translation>
    </message>
    <message>
        <source>zone %1 down</source>
        <translation>Zone %1 ausgefallen</translation>
    </message>
    <message>
        <source>Simulated time (s)</source>
        <translation>Simulierte Zeit (s)</translation>
    </message>
</context>
<context>
    <name>studio::widgets::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>System Design Studio</source>
        <translation>System Design Studio</translation>
    </message>
    <message>
        <source>Sketch a system the way you would on a whiteboard, then ask it questions: requests per second, storage, what breaks first, the p99 at peak.</source>
        <translation>Skizzieren Sie ein System wie auf einem Whiteboard und stellen Sie ihm dann Fragen: Anfragen pro Sekunde, Speicherbedarf, was zuerst bricht, die p99-Latenz zur Spitzenzeit.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::UtilisationChart</name>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>Analytic</source>
        <translation>Analytisch</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>Auslastung (%)</translation>
    </message>
</context>
<context>
    <name>studio::widgets::VersionHistoryDialog</name>
    <message>
        <source>Version History</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Save this version again as the newest</source>
        <translation>Diese Version erneut als neueste speichern</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 — %2 — %3 (%n components)</source>
        <translation>
            <numerusform>Revision %1 — %2 — %3 (%n Komponente)</numerusform>
            <numerusform>Revision %1 — %2 — %3 (%n Komponenten)</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest version is on top. Restoring keeps every version.</source>
        <translation>Die neueste Version steht oben. Beim Wiederherstellen bleiben alle Versionen erhalten.</translation>
    </message>
</context>
<context>
    <name>studio::widgets::WorkloadEditor</name>
    <message>
        <source>This client sends no traffic.</source>
        <translation>Dieser Client sendet keinen Verkehr.</translation>
    </message>
    <message>
        <source>Add a workload</source>
        <translation>Last hinzufügen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Open: requests arrive at a rate, whatever the answers. Closed: a fixed number of users, each waiting for an answer and thinking before the next request.</source>
        <translation>Offen: Anfragen treffen mit einer festen Rate ein, unabhängig von den Antworten. Geschlossen: eine feste Anzahl von Nutzern, die jeweils auf eine Antwort warten und vor der nächsten Anfrage eine Denkzeit einlegen.</translation>
    </message>
    <message>
        <source>open (arrival rate)</source>
        <translation>offen (Ankunftsrate)</translation>
    </message>
    <message>
        <source>closed (users)</source>
        <translation>geschlossen (Nutzer)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Average arrivals per second.</source>
        <translation>Durchschnittliche Ankünfte pro Sekunde.</translation>
    </message>
    <message>
        <source>Peak factor</source>
        <translation>Spitzenfaktor</translation>
    </message>
    <message>
        <source>Peak rate = rate x peak factor; the solver and the simulator run at the peak.</source>
        <translation>Spitzenrate = Rate x Spitzenfaktor; Solver und Simulator rechnen mit der Spitzenrate.</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Nutzerzahl</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Users, each with one request out at a time.</source>
        <translation>Nutzer mit jeweils höchstens einer offenen Anfrage.</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>Denkzeit</translation>
    </message>
    <message>
        <source>Seconds between a response and the user&apos;s next request.</source>
        <translation>Sekunden zwischen einer Antwort und der nächsten Anfrage des Nutzers.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Per attempt; 0 = wait for ever.</source>
        <translation>Pro Versuch; 0 = unbegrenzt warten.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Remove the workload</source>
        <translation>Last entfernen</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Last</translation>
    </message>
</context>
<context>
    <name>studio::widgets::WrapUpPage</name>
    <message>
        <source>What you chose and what it cost: consistency for availability, a cache&apos;s staleness for speed…</source>
        <translation>Was Sie gewählt haben und was es gekostet hat: Konsistenz gegen Verfügbarkeit, veraltete Cache-Daten gegen Geschwindigkeit …</translation>
    </message>
    <message>
        <source>What breaks first at ten times the traffic, and what you would change.</source>
        <translation>Was bei zehnfachem Verkehr zuerst bricht und was Sie ändern würden.</translation>
    </message>
    <message>
        <source>RED for every service (rate, errors, duration), USE for every resource (utilisation, saturation, errors), and the alerts.</source>
        <translation>RED für jeden Dienst (Rate, Fehler, Dauer), USE für jede Ressource (Auslastung, Sättigung, Fehler) und die Alarme.</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <source>At 10x scale</source>
        <translation>Bei 10-facher Last</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ZoneForm</name>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unique and stable.</source>
        <translation>Eindeutig und stabil.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shown on the canvas.</source>
        <translation>Wird auf der Zeichenfläche angezeigt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What the zone stands for; a zone going down takes all its components.</source>
        <translation>Wofür die Zone steht; fällt eine Zone aus, fallen alle ihre Komponenten mit aus.</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnete Zone</translation>
    </message>
    <message>
        <source>The zone this one is nested in; move it on the canvas to change it.</source>
        <translation>Die Zone, in der diese Zone verschachtelt ist; zum Ändern die Zone auf der Zeichenfläche verschieben.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>availability zone</source>
        <translation>Verfügbarkeitszone</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ZoneItem</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>Verfügbarkeitszone</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
</TS>
