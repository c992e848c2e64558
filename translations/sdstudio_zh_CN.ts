<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Catalog</name>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Users or devices sending requests: the workload&apos;s source.</source>
        <translation>发送请求的用户或设备：负载的来源。</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>What the users run.</source>
        <translation>用户使用的平台。</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Resolves names to addresses; GeoDNS routes to the nearest point of presence.</source>
        <translation>将域名解析为地址；GeoDNS 路由到最近的接入点。</translation>
    </message>
    <message>
        <source>Record TTL</source>
        <translation>记录 TTL</translation>
    </message>
    <message>
        <source>Seconds resolvers cache an answer.</source>
        <translation>解析器缓存一条应答的秒数。</translation>
    </message>
    <message>
        <source>Geo routing</source>
        <translation>地理路由</translation>
    </message>
    <message>
        <source>Answers with the nearest point of presence.</source>
        <translation>以最近的接入点作答。</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Edge caches near users; a miss goes to the origin.</source>
        <translation>靠近用户的边缘缓存；未命中时回源。</translation>
    </message>
    <message>
        <source>Cache TTL</source>
        <translation>缓存 TTL</translation>
    </message>
    <message>
        <source>Seconds an object stays at the edge.</source>
        <translation>对象在边缘保留的秒数。</translation>
    </message>
    <message>
        <source>WAF</source>
        <translation>WAF</translation>
    </message>
    <message>
        <source>Web application firewall: filters malicious traffic at the edge.</source>
        <translation>Web 应用防火墙：在边缘过滤恶意流量。</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>How the balancer picks a backend instance among its targets.</source>
        <translation>负载均衡器如何在其目标中选择后端实例。</translation>
    </message>
    <message>
        <source>Health-check interval</source>
        <translation>健康检查间隔</translation>
    </message>
    <message>
        <source>Seconds between health checks; a dead backend is noticed only by them (0 = none).</source>
        <translation>两次健康检查之间的秒数；只有健康检查才能发现失效的后端（0 = 不检查）。</translation>
    </message>
    <message>
        <source>Load balancer (L4)</source>
        <translation>负载均衡器（L4）</translation>
    </message>
    <message>
        <source>Routes TCP/UDP connections by address and port: very fast, no content inspection.</source>
        <translation>按地址和端口路由 TCP/UDP 连接：非常快，不检查内容。</translation>
    </message>
    <message>
        <source>Load balancer (L7)</source>
        <translation>负载均衡器（L7）</translation>
    </message>
    <message>
        <source>Routes HTTP requests by path, host, headers or cookies.</source>
        <translation>按路径、主机、请求头或 Cookie 路由 HTTP 请求。</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>API 网关</translation>
    </message>
    <message>
        <source>One entry point for the APIs: authentication, rate limiting, routing.</source>
        <translation>API 的统一入口：认证、限流、路由。</translation>
    </message>
    <message>
        <source>Validates tokens</source>
        <translation>校验令牌</translation>
    </message>
    <message>
        <source>Checks the caller&apos;s JWT on every request.</source>
        <translation>在每个请求上校验调用方的 JWT。</translation>
    </message>
    <message>
        <source>Rate limiter</source>
        <translation>限流器</translation>
    </message>
    <message>
        <source>Rejects requests beyond a limit with HTTP 429.</source>
        <translation>以 HTTP 429 拒绝超出限额的请求。</translation>
    </message>
    <message>
        <source>How the limit is counted.</source>
        <translation>限额的计数方式。</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限额</translation>
    </message>
    <message>
        <source>Bucket size (token bucket) or requests per window (seed: 100).</source>
        <translation>桶容量（令牌桶）或每个窗口的请求数（参考值：100）。</translation>
    </message>
    <message>
        <source>Refill rate</source>
        <translation>补充速率</translation>
    </message>
    <message>
        <source>Tokens added per second (token bucket; seed: 10/s).</source>
        <translation>每秒补充的令牌数（令牌桶；参考值：10/s）。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Length of the counting window (seed: 1 minute).</source>
        <translation>计数窗口的长度（参考值：1 分钟）。</translation>
    </message>
    <message>
        <source>Counted per</source>
        <translation>计数维度</translation>
    </message>
    <message>
        <source>One limit per client key, or one for all traffic.</source>
        <translation>每个客户端键一个限额，或所有流量共用一个。</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>身份提供方</translation>
    </message>
    <message>
        <source>OAuth 2.0 / OIDC login that issues access and refresh tokens.</source>
        <translation>签发访问令牌和刷新令牌的 OAuth 2.0 / OIDC 登录服务。</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>令牌有效期</translation>
    </message>
    <message>
        <source>Seconds an access token stays valid.</source>
        <translation>访问令牌保持有效的秒数。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>A stateless web or application service behind a load balancer.</source>
        <translation>位于负载均衡器之后的无状态 Web 或应用服务。</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <source>Background workers pulling jobs or messages and processing them.</source>
        <translation>拉取任务或消息并进行处理的后台工作进程。</translation>
    </message>
    <message>
        <source>WebSocket server</source>
        <translation>WebSocket 服务器</translation>
    </message>
    <message>
        <source>Holds persistent connections and pushes messages both ways (chat, presence).</source>
        <translation>保持长连接并双向推送消息（聊天、在线状态）。</translation>
    </message>
    <message>
        <source>Connections per instance</source>
        <translation>每实例连接数</translation>
    </message>
    <message>
        <source>Open connections one instance holds (assumption: 100K).</source>
        <translation>单个实例保持的打开连接数（假设：10 万）。</translation>
    </message>
    <message>
        <source>Stream processor</source>
        <translation>流处理器</translation>
    </message>
    <message>
        <source>Consumes an event stream continuously: aggregation, enrichment, counting.</source>
        <translation>持续消费事件流：聚合、补全、计数。</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度器</translation>
    </message>
    <message>
        <source>Starts jobs at their time (cron); one leader runs the schedule.</source>
        <translation>按时启动任务（cron）；由一个主节点执行调度。</translation>
    </message>
    <message>
        <source>Leader election</source>
        <translation>主节点选举</translation>
    </message>
    <message>
        <source>Only the elected instance dispatches jobs.</source>
        <translation>只有当选的实例分派任务。</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>时钟周期</translation>
    </message>
    <message>
        <source>How often due jobs are looked up.</source>
        <translation>查找到期任务的频率。</translation>
    </message>
    <message>
        <source>External service</source>
        <translation>外部服务</translation>
    </message>
    <message>
        <source>A third-party API outside the design (payments, maps).</source>
        <translation>设计之外的第三方 API（支付、地图）。</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>In-memory key-value cache (Redis, Memcached); a miss goes to the origin or the caller.</source>
        <translation>内存键值缓存（Redis、Memcached）；未命中时交给源或调用方。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Memory for cached items per shard.</source>
        <translation>每个分片用于缓存条目的内存。</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Seconds an item stays cached; 0 = no expiry.</source>
        <translation>条目在缓存中保留的秒数；0 = 永不过期。</translation>
    </message>
    <message>
        <source>Write policy</source>
        <translation>写入策略</translation>
    </message>
    <message>
        <source>How writes reach the cache and the database.</source>
        <translation>写入如何到达缓存和数据库。</translation>
    </message>
    <message>
        <source>SQL database</source>
        <translation>SQL 数据库</translation>
    </message>
    <message>
        <source>Relational database with ACID transactions (PostgreSQL, MySQL).</source>
        <translation>支持 ACID 事务的关系型数据库（PostgreSQL、MySQL）。</translation>
    </message>
    <message>
        <source>NoSQL database</source>
        <translation>NoSQL 数据库</translation>
    </message>
    <message>
        <source>Wide-column or key-value store built for sharding (Cassandra, DynamoDB).</source>
        <translation>为分片而设计的宽列或键值存储（Cassandra、DynamoDB）。</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <source>Inverted index for full-text and prefix queries (Elasticsearch).</source>
        <translation>用于全文和前缀查询的倒排索引（Elasticsearch）。</translation>
    </message>
    <message>
        <source>Coordination service</source>
        <translation>协调服务</translation>
    </message>
    <message>
        <source>Consensus store for leader election, locks and configuration (ZooKeeper, etcd).</source>
        <translation>用于主节点选举、锁和配置的共识存储（ZooKeeper、etcd）。</translation>
    </message>
    <message>
        <source>Data warehouse</source>
        <translation>数据仓库</translation>
    </message>
    <message>
        <source>Columnar analytics store (BigQuery, Redshift, ClickHouse).</source>
        <translation>列式分析存储（BigQuery、Redshift、ClickHouse）。</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>对象存储</translation>
    </message>
    <message>
        <source>Blobs over HTTP: images, videos, backups (S3, GCS).</source>
        <translation>通过 HTTP 访问的二进制对象：图片、视频、备份（S3、GCS）。</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>持久性</translation>
    </message>
    <message>
        <source>Probability an object survives a year (S3: eleven nines).</source>
        <translation>对象保存一年不丢失的概率（S3：11 个 9）。</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>消息队列</translation>
    </message>
    <message>
        <source>Task queue: acknowledges at once; consumers drain it at their own rate (SQS, RabbitMQ).</source>
        <translation>任务队列：立即确认；消费者按自己的速率消费（SQS、RabbitMQ）。</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留时长</translation>
    </message>
    <message>
        <source>Seconds an unconsumed message is kept (SQS default: 4 days).</source>
        <translation>未消费消息的保留秒数（SQS 默认：4 天）。</translation>
    </message>
    <message>
        <source>Delivery delay</source>
        <translation>投递延迟</translation>
    </message>
    <message>
        <source>Seconds before a message becomes visible (delayed jobs).</source>
        <translation>消息变为可见之前的秒数（延迟任务）。</translation>
    </message>
    <message>
        <source>Event stream</source>
        <translation>事件流</translation>
    </message>
    <message>
        <source>Partitioned, replicated log of events read by consumer groups (Kafka, Kinesis).</source>
        <translation>分区、多副本的事件日志，由消费者组读取（Kafka、Kinesis）。</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Ordered logs the topic is split into; a consumer group reads each with one consumer.</source>
        <translation>主题被拆分成的有序日志；消费者组用一个消费者读取每个分区。</translation>
    </message>
    <message>
        <source>Replication factor</source>
        <translation>副本因子</translation>
    </message>
    <message>
        <source>Copies of each partition.</source>
        <translation>每个分区的副本数。</translation>
    </message>
    <message>
        <source>Seconds events are kept (Kafka default: 7 days).</source>
        <translation>事件保留的秒数（Kafka 默认：7 天）。</translation>
    </message>
    <message>
        <source>Notification provider</source>
        <translation>通知服务商</translation>
    </message>
    <message>
        <source>Sends email, SMS or push notifications (SES, Twilio, FCM/APNs).</source>
        <translation>发送邮件、短信或推送通知（SES、Twilio、FCM/APNs）。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>What it delivers.</source>
        <translation>投递的内容类型。</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <source>Anything the catalog lacks, with a station&apos;s properties.</source>
        <translation>目录中没有的任何组件，具有服务站的属性。</translation>
    </message>
    <message>
        <source>Text note</source>
        <translation>文本注释</translation>
    </message>
    <message>
        <source>Free text on the canvas; takes no part in the traffic.</source>
        <translation>画布上的自由文本；不参与流量。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>What the note says.</source>
        <translation>注释的内容。</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Identical copies behind one name; each has its own workers and queue.</source>
        <translation>同一名称下的相同副本；每个都有自己的工作线程和队列。</translation>
    </message>
    <message>
        <source>Spreading</source>
        <translation>分发方式</translation>
    </message>
    <message>
        <source>How arrivals are spread over the instances.</source>
        <translation>到达的请求如何分配到各实例。</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作线程数</translation>
    </message>
    <message>
        <source>Requests one instance serves at the same time (threads, connections).</source>
        <translation>单个实例同时处理的请求数（线程、连接）。</translation>
    </message>
    <message>
        <source>Limited queue</source>
        <translation>有界队列</translation>
    </message>
    <message>
        <source>When on, an instance whose queue is full drops new arrivals.</source>
        <translation>开启后，队列已满的实例会丢弃新到达的请求。</translation>
    </message>
    <message>
        <source>Queue capacity</source>
        <translation>队列容量</translation>
    </message>
    <message>
        <source>Requests that may wait at one instance when the queue is limited; 0 = no waiting room.</source>
        <translation>队列有界时单个实例上可等待的请求数；0 = 不允许等待。</translation>
    </message>
    <message>
        <source>While calling</source>
        <translation>调用期间</translation>
    </message>
    <message>
        <source>hold: a worker waits for its calls (thread per request); release: it serves others meanwhile (event-driven).</source>
        <translation>hold：工作线程等待其调用返回（每请求一线程）；release：期间处理其他请求（事件驱动）。</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Fraction of time one instance is up (assumption: 99.9%).</source>
        <translation>单个实例正常运行的时间占比（假设：99.9%）。</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>分片数</translation>
    </message>
    <message>
        <source>Partitions of the data, chosen by key; each holds a part of it.</source>
        <translation>按键选择的数据分区；每个分片保存一部分数据。</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本数</translation>
    </message>
    <message>
        <source>Copies of each shard, primary included; reads go to one, writes to all.</source>
        <translation>每个分片的副本（含主副本）；读请求发往其中一个，写请求发往全部。</translation>
    </message>
    <message>
        <source>Sharding</source>
        <translation>分片方式</translation>
    </message>
    <message>
        <source>How a key picks its shard.</source>
        <translation>键如何选择其分片。</translation>
    </message>
    <message>
        <source>Hot-key share</source>
        <translation>热点键占比</translation>
    </message>
    <message>
        <source>Share of requests for the hottest shard beyond its fair share (0 = uniform).</source>
        <translation>最热分片超出其均摊份额的请求占比（0 = 均匀）。</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>复制方式</translation>
    </message>
    <message>
        <source>async: a write is acknowledged by the primary; sync: by every replica.</source>
        <translation>async：写入由主副本确认；sync：由每个副本确认。</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>命中率</translation>
    </message>
    <message>
        <source>Share of requests answered from the cache; misses go to the origin.</source>
        <translation>由缓存直接应答的请求占比；未命中的请求回源。</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>links join two components</source>
        <translation>链接连接两个组件</translation>
    </message>
    <message>
        <source>a component cannot link to itself</source>
        <translation>组件不能链接到自身</translation>
    </message>
    <message>
        <source>text notes take no part in the traffic</source>
        <translation>文本注释不参与流量</translation>
    </message>
    <message>
        <source>clients send requests; they do not receive them</source>
        <translation>客户端发送请求，而不接收请求</translation>
    </message>
</context>
<context>
    <name>Estimation</name>
    <message>
        <source>Daily active users</source>
        <translation>日活跃用户数</translation>
    </message>
    <message>
        <source>Reads per user a day</source>
        <translation>每用户每天读取次数</translation>
    </message>
    <message>
        <source>Writes per user a day</source>
        <translation>每用户每天写入次数</translation>
    </message>
    <message>
        <source>Bytes per read</source>
        <translation>每次读取字节数</translation>
    </message>
    <message>
        <source>Bytes per write</source>
        <translation>每次写入字节数</translation>
    </message>
    <message>
        <source>Items stored</source>
        <translation>存储的条目数</translation>
    </message>
    <message>
        <source>Bytes per item</source>
        <translation>每个条目字节数</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留时长</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本数</translation>
    </message>
    <message>
        <source>Peak factor</source>
        <translation>峰值系数</translation>
    </message>
    <message>
        <source>Concurrent users</source>
        <translation>并发用户</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 must be true or false, got %2</source>
        <translation>%1 必须为 true 或 false，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must be a string, got %2</source>
        <translation>%1 必须是字符串，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1 必须是 %2 之一，实际为 %3</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got &quot;%3&quot;</source>
        <translation>%1 必须是 %2 之一，实际为 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1 必须是数字，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must be a finite number, got %2</source>
        <translation>%1 必须是有限数，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 必须是整数，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must be &gt;= %2, got %3</source>
        <translation>%1 必须 &gt;= %2，实际为 %3</translation>
    </message>
    <message>
        <source>%1 must be &lt;= %2, got %3</source>
        <translation>%1 必须 &lt;= %2，实际为 %3</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>应为数字，实际为 %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>kind %1 has no property &quot;%2&quot; (it has: %3)</source>
        <translation>类型 %1 没有属性 &quot;%2&quot;（它有：%3）</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind this studio knows (docs/FORMAT.md lists them)</source>
        <translation>本工作室不认识类型 &quot;%1&quot;（docs/FORMAT.md 列出了所有类型）</translation>
    </message>
    <message>
        <source>cannot open: no such file</source>
        <translation>无法打开：文件不存在</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>is a directory, not a design file</source>
        <translation>是一个目录，而不是设计文件</translation>
    </message>
    <message>
        <source>is %1 MB, far larger than a design file can be (at most %2 MB)</source>
        <translation>大小为 %1 MB，远超设计文件可能的大小（最多 %2 MB）</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>cannot save: %1 names a folder</source>
        <translation>无法保存：%1 是一个文件夹</translation>
    </message>
    <message>
        <source>cannot save: the folder %1 does not exist</source>
        <translation>无法保存：文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot save: is a directory, not a design file</source>
        <translation>无法保存：这是一个目录，而不是设计文件</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>应为列表，实际为 %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>应为 %1 到 %2 之间的整数，实际为 %3</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>应为 %1 之一，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的键 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given twice; keep only one</source>
        <translation>键 &quot;%1&quot; 出现了两次；只保留一个</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a design file holds one JSON object ({...}), got %1</source>
        <translation>设计文件应包含一个 JSON 对象（{...}），实际为 %1</translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing: a System Design Studio design starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>缺少 &quot;format&quot;：System Design Studio 设计以 &quot;format&quot;: &quot;%1&quot; 开头</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;: this is not a System Design Studio design</source>
        <translation>应为 &quot;%1&quot;，实际为 &quot;%2&quot;：这不是 System Design Studio 设计</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing (this studio writes %1)</source>
        <translation>缺少 &quot;version&quot;（本工作室写入的版本为 %1）</translation>
    </message>
    <message>
        <source>this file is format version %1, newer than this studio reads (%2); open it with a newer System Design Studio</source>
        <translation>此文件的格式版本为 %1，比本工作室能读取的版本（%2）更新；请用更新版本的 System Design Studio 打开</translation>
    </message>
    <message>
        <source>there is no format version %1; this studio reads version %2</source>
        <translation>不存在格式版本 %1；本工作室读取版本 %2</translation>
    </message>
    <message>
        <source>cv must be 1 for an exponential distribution, got %1</source>
        <translation>指数分布的 cv 必须为 1，实际为 %1</translation>
    </message>
    <message>
        <source>cv must be 0 for a deterministic distribution, got %1</source>
        <translation>确定性分布的 cv 必须为 0，实际为 %1</translation>
    </message>
    <message>
        <source>cv must be &gt; 0 for a lognormal distribution, got %1</source>
        <translation>对数正态分布的 cv 必须 &gt; 0，实际为 %1</translation>
    </message>
    <message>
        <source>cv must be &gt;= 1 for a hyperexponential distribution, got %1</source>
        <translation>超指数分布的 cv 必须 &gt;= 1，实际为 %1</translation>
    </message>
    <message>
        <source>classes is empty; a workload needs at least one request class (e.g. {&quot;name&quot;: &quot;read&quot;, &quot;mix&quot;: 1})</source>
        <translation>classes 为空；负载至少需要一个请求类别（例如 {&quot;name&quot;: &quot;read&quot;, &quot;mix&quot;: 1}）</translation>
    </message>
    <message>
        <source>name must not be empty</source>
        <translation>name 不能为空</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is already used by classes[%2]; names must be unique within a workload</source>
        <translation>名称 &quot;%1&quot; 已被 classes[%2] 使用；同一负载内名称必须唯一</translation>
    </message>
    <message>
        <source>the mixes of the classes must add up to 1, got %1</source>
        <translation>各类别的 mix 之和必须为 1，实际为 %1</translation>
    </message>
    <message>
        <source>%1 must be &gt; %2, got %3</source>
        <translation>%1 必须 &gt; %2，实际为 %3</translation>
    </message>
    <message>
        <source>%1 names request class &quot;%2&quot;, which no client&apos;s workload defines (defined: %3)</source>
        <translation>%1 引用了请求类别 &quot;%2&quot;，但没有任何客户端负载定义它（已定义：%3）</translation>
    </message>
    <message>
        <source>daily_curve must have 24 values (one per hour), got %1</source>
        <translation>daily_curve 必须有 24 个值（每小时一个），实际为 %1</translation>
    </message>
    <message>
        <source>max_backoff must be &gt;= backoff (%1), got %2</source>
        <translation>max_backoff 必须 &gt;= backoff（%1），实际为 %2</translation>
    </message>
    <message>
        <source>id must not be empty</source>
        <translation>id 不能为空</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is already used by %2; ids must be unique across components, links and zones</source>
        <translation>id &quot;%1&quot; 已被 %2 使用；组件、链接和区域的 id 必须唯一</translation>
    </message>
    <message>
        <source>property %1 is missing</source>
        <translation>缺少属性 %1</translation>
    </message>
    <message>
        <source>&quot;zone&quot; names zone &quot;%1&quot;, which does not exist</source>
        <translation>&quot;zone&quot; 引用的区域 &quot;%1&quot; 不存在</translation>
    </message>
    <message>
        <source>kind %1 does not generate traffic, so it takes no workload; put the workload on a client</source>
        <translation>类型 %1 不产生流量，因此不能带负载；请把负载放在客户端上</translation>
    </message>
    <message>
        <source>&quot;parent&quot; is the zone itself (&quot;%1&quot;)</source>
        <translation>&quot;parent&quot; 是区域自身（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>&quot;parent&quot; names zone &quot;%1&quot;, which does not exist</source>
        <translation>&quot;parent&quot; 引用的区域 &quot;%1&quot; 不存在</translation>
    </message>
    <message>
        <source>zones are nested in a circle (%1); one of them must have no parent or another</source>
        <translation>区域形成了循环嵌套（%1）；其中一个必须没有父区域或换一个父区域</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty; it must name a component</source>
        <translation>&quot;%1&quot; 为空；必须指定一个组件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names component &quot;%2&quot;, which does not exist</source>
        <translation>&quot;%1&quot; 引用的组件 &quot;%2&quot; 不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 &quot;%3&quot;, which takes no part in the traffic; links cannot start or end there</source>
        <translation>&quot;%1&quot; 引用了 %2 &quot;%3&quot;，它不参与流量；链接不能以它为起点或终点</translation>
    </message>
    <message>
        <source>when: %1 applies only to call links; this is a %2 link</source>
        <translation>when: %1 仅适用于 call 链接；这是一个 %2 链接</translation>
    </message>
    <message>
        <source>when: %1 needs a previous step that asks a cache or CDN, but this call is step %2; make it step 2 or later</source>
        <translation>when: %1 需要前一步询问缓存或 CDN，但此调用是第 %2 步；请改为第 2 步或之后</translation>
    </message>
    <message>
        <source>when: %1 needs step %2 of &quot;%3&quot; to call a cache or CDN, which hits or misses; that step calls: %4</source>
        <translation>when: %1 需要 &quot;%3&quot; 的第 %2 步调用会命中或未命中的缓存或 CDN；该步调用的是：%4</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; are both &quot;%1&quot;; a link joins two different components</source>
        <translation>&quot;from&quot; 和 &quot;to&quot; 都是 &quot;%1&quot;；链接连接两个不同的组件</translation>
    </message>
    <message>
        <source>cannot save: %1 is a file, not a folder</source>
        <translation>无法保存：%1 是文件，而不是文件夹</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ComponentSummary</name>
    <message>
        <source>hit %1%</source>
        <translation>命中 %1%</translation>
    </message>
    <message>
        <source>%1 shard</source>
        <translation>%1 个分片</translation>
    </message>
    <message>
        <source>%1 shards</source>
        <translation>%1 个分片</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 partition</source>
        <translation>%1 个分区</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 个分区</translation>
    </message>
    <message>
        <source>%1 replica</source>
        <translation>%1 个副本</translation>
    </message>
    <message>
        <source>%1 replicas</source>
        <translation>%1 个副本</translation>
    </message>
    <message>
        <source>%1 instance</source>
        <translation>%1 个实例</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 个实例</translation>
    </message>
    <message>
        <source>%1 worker</source>
        <translation>%1 个工作线程</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 个工作线程</translation>
    </message>
    <message>
        <source>%1, think %2 s</source>
        <translation>%1，思考时间 %2 秒</translation>
    </message>
    <message>
        <source>%1 user</source>
        <translation>%1 个用户</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 个用户</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message>
        <source>%1, peak × %2</source>
        <translation>%1，峰值 × %2</translation>
    </message>
</context>
<context>
    <name>studio::widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Design</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About System Design Studio</source>
        <translation>关于 System Design Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>打开设计</translation>
    </message>
    <message>
        <source>Designs (*.json);;All files (*)</source>
        <translation>设计 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Open Design</source>
        <translation>无法打开设计</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>…and %1 more (see details).</source>
        <translation>……以及另外 %1 个问题（见详细信息）。</translation>
    </message>
    <message>
        <source>About System Design Studio</source>
        <translation>关于 System Design Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;System Design Studio %1&lt;/h3&gt;&lt;p&gt;Sketch a distributed system the way you would on a whiteboard, then ask it questions: requests per second, storage, what breaks first, the p99 at peak.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;System Design Studio %1&lt;/h3&gt;&lt;p&gt;像在白板上一样勾画一个分布式系统，然后向它提问：每秒请求数、存储量、什么最先崩溃、峰值时的 p99 延迟。&lt;/p&gt;</translation>
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
        <translation>组件：%1 · 链接：%2 · 区域：%3</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ZoneItem</name>
    <message>
        <source>Region</source>
        <translation>区域（Region）</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
</context>
</TS>
