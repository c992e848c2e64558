<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Bucket size (token bucket) or requests per window (seed: 100).</source>
        <translation>Bucket-Größe (Token-Bucket) oder Anfragen pro Fenster (Vorlage: 100).</translation>
    </message>
    <message>
        <source>Refill rate</source>
        <translation>Auffüllrate</translation>
    </message>
    <message>
        <source>Tokens added per second (token bucket; seed: 10/s).</source>
        <translation>Pro Sekunde hinzugefügte Tokens (Token-Bucket; Vorlage: 10/s).</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Length of the counting window (seed: 1 minute).</source>
        <translation>Länge des Zählfensters (Vorlage: 1 Minute).</translation>
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
        <source>Concurrent users</source>
        <translation>Gleichzeitige Nutzer</translation>
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
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
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
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>%1, peak × %2</source>
        <translation>%1, Spitze × %2</translation>
    </message>
</context>
<context>
    <name>studio::widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
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
        <source>&amp;Fit Design</source>
        <translation>Entwurf &amp;einpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
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
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Designs (*.json);;All files (*)</source>
        <translation>Entwürfe (*.json);;Alle Dateien (*)</translation>
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
        <source>…and %1 more (see details).</source>
        <translation>… und %1 weitere (siehe Details).</translation>
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
        <source>System Design Studio</source>
        <translation>System Design Studio</translation>
    </message>
    <message>
        <source>%1 — System Design Studio</source>
        <translation>%1 — System Design Studio</translation>
    </message>
    <message>
        <source>Components: %1 · Links: %2 · Zones: %3</source>
        <translation>Komponenten: %1 · Links: %2 · Zonen: %3</translation>
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
