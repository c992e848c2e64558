<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CanvasGestures</name>
    <message>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <source>Add a component</source>
        <translation>添加组件</translation>
    </message>
    <message>
        <source>Drag it from the palette, or double-click it there</source>
        <translation>从组件面板拖出，或在面板中双击</translation>
    </message>
    <message>
        <source>Connect two components</source>
        <translation>连接两个组件</translation>
    </message>
    <message>
        <source>Drag from a box&apos;s dot or border to the other box</source>
        <translation>从一个方框的连接点或边框拖到另一个方框</translation>
    </message>
    <message>
        <source>Reconnect a link</source>
        <translation>重新连接链接</translation>
    </message>
    <message>
        <source>Drag an end of the selected link onto another box</source>
        <translation>将所选链接的一端拖到另一个方框上</translation>
    </message>
    <message>
        <source>Bend a link</source>
        <translation>弯折链接</translation>
    </message>
    <message>
        <source>Drag a selected link&apos;s middle handle; double-click a bend to remove it</source>
        <translation>拖动所选链接的中间手柄；双击折点可将其删除</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Click; drag on the bare canvas to select an area</source>
        <translation>单击；在画布空白处拖动可框选一个区域</translation>
    </message>
    <message>
        <source>Add to the selection</source>
        <translation>加入选择</translation>
    </message>
    <message>
        <source>%1click, or %1drag on the bare canvas</source>
        <translation>%1单击，或在画布空白处%1拖动</translation>
    </message>
    <message>
        <source>%1click</source>
        <translation>%1单击</translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation>移动所选内容</translation>
    </message>
    <message>
        <source>Drag it; hold %1 to leave the grid</source>
        <translation>拖动；按住 %1 可不对齐网格</translation>
    </message>
    <message>
        <source>Nudge the selection</source>
        <translation>微移所选内容</translation>
    </message>
    <message>
        <source>Arrow keys: a grid step; %1arrow: one unit</source>
        <translation>方向键：移动一个网格步长；%1方向键：移动一个单位</translation>
    </message>
    <message>
        <source>Resize a box or zone</source>
        <translation>调整方框或区域的大小</translation>
    </message>
    <message>
        <source>Drag a corner handle of the selected box or zone</source>
        <translation>拖动所选方框或区域的角手柄</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Double-click a box or a zone</source>
        <translation>双击方框或区域</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>以指针为中心缩放</translation>
    </message>
    <message>
        <source>%1wheel</source>
        <translation>%1滚轮</translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation>滚动</translation>
    </message>
    <message>
        <source>Wheel; %1wheel scrolls sideways</source>
        <translation>滚轮；%1滚轮横向滚动</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移视图</translation>
    </message>
    <message>
        <source>Middle-drag, or hold %1 and drag</source>
        <translation>按住鼠标中键拖动，或按住 %1 拖动</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>上下文菜单</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>右键单击</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: stops a drag, leaves Connect mode or clears the selection</source>
        <translation>%1：中止拖动、退出连接模式或清除选择</translation>
    </message>
    <message>
        <source>Add to or remove from the selection</source>
        <translation>加入选择或从选择中移除</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <source>the p99 target must be a positive number of seconds, not %1</source>
        <translation>p99 目标必须是正的秒数，而不是 %1</translation>
    </message>
    <message>
        <source>the error-rate target must be a fraction from 0 to 1, not %1</source>
        <translation>错误率目标必须是 0 到 1 之间的比例，而不是 %1</translation>
    </message>
    <message>
        <source>no load meets a p99 of %1 s: even at almost none (%2 req/s) the p99 of %3 is %4 s; the target must be above what the requests take on an idle system</source>
        <translation>任何负载都无法满足 %1 s 的 p99：即使负载几乎为零（%2 req/s），%3 的 p99 也有 %4 s；目标必须高于请求在空闲系统上所需的时间</translation>
    </message>
    <message>
        <source>every load up to the most the file format allows (%1 req/s) meets a p99 of %2 s with no component saturated: the design sheds its excess load (a rate limiter rejects it) instead of queueing it</source>
        <translation>直到文件格式允许的最大值（%1 req/s），每种负载都能满足 %2 s 的 p99，且没有组件饱和：该设计会卸掉超出的负载（由限流器拒绝），而不是让其排队</translation>
    </message>
    <message>
        <source>no load meets an error rate of %1: even at almost none (%2 req/s) a share of %3 of the requests is dropped or rejected</source>
        <translation>任何负载都无法满足 %1 的错误率：即使负载几乎为零（%2 req/s），也有 %3 比例的请求被丢弃或拒绝</translation>
    </message>
    <message>
        <source>the run ended (%1 simulated after the warm-up) before any request of %2 was answered: too short for its latency</source>
        <translation>在 %2 的任何请求得到应答之前运行就已结束（预热后模拟了 %1）：对其延迟而言运行时间太短</translation>
    </message>
</context>
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
        <source>Refill rate</source>
        <translation>补充速率</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
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
    <message>
        <source>Skip expired requests</source>
        <translation>跳过已过期的请求</translation>
    </message>
    <message>
        <source>When on, a request whose caller has given up (its deadline passed) is skipped instead of served: deadline propagation.</source>
        <translation>开启后，调用方已放弃（截止时间已过）的请求将被跳过而不再处理：截止时间传递。</translation>
    </message>
    <message>
        <source>Time to repair</source>
        <translation>修复时间</translation>
    </message>
    <message>
        <source>Mean time an instance stays down when it fails (assumption: 10 min); with the availability, how often it fails in a simulation with random failures.</source>
        <translation>实例故障后平均停机的时间（假设：10 分钟）；与可用性一起决定随机故障模拟中它多久故障一次。</translation>
    </message>
    <message>
        <source>The user&apos;s resolver asks the authoritative DNS for a name and gets an IP address back. With GeoDNS the answer sends each user to the nearest point of presence; DNS-based global balancing (Route 53, Cloudflare) routes by geography or latency, and DNS health checks drive multi-region failover.</source>
        <translation>用户的解析器向权威 DNS 查询域名，得到一个 IP 地址。使用 GeoDNS 时，应答会把每个用户引向最近的接入点；基于 DNS 的全局负载均衡（Route 53、Cloudflare）按地理位置或延迟路由，DNS 健康检查则驱动多地域故障转移。</translation>
    </message>
    <message>
        <source>Edge caches worldwide, near the users. A user in Tokyo whose request hits the Tokyo PoP gets the response in about 5 ms; a miss goes to the origin in San Francisco (about 200 ms) and is then cached at the PoP. It is the outermost cache level, for static and semi-static content.</source>
        <translation>遍布全球、靠近用户的边缘缓存。东京的用户若请求在东京 PoP 命中，约 5 ms 即可得到响应；未命中时回源到旧金山（约 200 ms），随后在该 PoP 缓存。它是最外层的缓存，用于静态和半静态内容。</translation>
    </message>
    <message>
        <source>Defence in depth starts at the edge: CDN, WAF and DDoS protection are layer 1, before the network, TLS, authentication, authorization, the application, the data and the audit. The web application firewall filters malicious traffic before it reaches the gateway and the services.</source>
        <translation>纵深防御从边缘开始：CDN、WAF 和 DDoS 防护是第 1 层，其后依次是网络、TLS、认证、授权、应用、数据和审计。Web 应用防火墙在恶意流量到达网关和服务之前将其过滤。</translation>
    </message>
    <message>
        <source>Layer 4 (transport) balancing routes TCP and UDP by IP and port: very fast, because it never inspects the content (AWS NLB, HAProxy in TCP mode, IPVS). Its algorithm picks the server: round robin for equal servers, least connections for varying request durations, consistent hashing for minimal redistribution when servers come and go.</source>
        <translation>第 4 层（传输层）负载均衡按 IP 和端口路由 TCP 和 UDP：非常快，因为它从不检查内容（AWS NLB、TCP 模式的 HAProxy、IPVS）。由其算法选择服务器：服务器性能相同时用轮询，请求耗时不一时用最少连接，服务器频繁增减时用一致性哈希，使重新分配降到最少。</translation>
    </message>
    <message>
        <source>Layer 7 (application) balancing routes HTTP requests by URL, headers and cookies: content-aware, path-based or host-based routing (AWS ALB, Nginx, Envoy). Stateless web and application servers scale out behind it; IP hash gives session stickiness where it is needed.</source>
        <translation>第 7 层（应用层）负载均衡按 URL、请求头和 Cookie 路由 HTTP 请求：支持基于内容、路径或主机的路由（AWS ALB、Nginx、Envoy）。无状态的 Web 服务器和应用服务器在其后横向扩展；需要时，IP 哈希可提供会话粘性。</translation>
    </message>
    <message>
        <source>Caps how often a client may call. A token bucket holds 100 tokens refilled at 10 per second; each request costs one, and with none left the answer is HTTP 429 Too Many Requests. A sliding window counts the requests of the last minute instead; a distributed limiter keeps its counters in Redis.</source>
        <translation>限制客户端的调用频率。令牌桶容纳 100 个令牌，每秒补充 10 个；每个请求消耗一个令牌，令牌用完时返回 HTTP 429 Too Many Requests。滑动窗口则统计最近一分钟内的请求数；分布式限流器把计数器保存在 Redis 中。</translation>
    </message>
    <message>
        <source>OAuth 2.0 with OIDC: the user logs in at the identity provider (Keycloak, Auth0, Okta), which issues an access token (a JWT) and a refresh token. The API gateway then validates the JWT on every request before it reaches a microservice.</source>
        <translation>OAuth 2.0 加 OIDC：用户在身份提供方（Keycloak、Auth0、Okta）处登录，由其签发访问令牌（一个 JWT）和刷新令牌。随后 API 网关在每个请求到达微服务之前校验其 JWT。</translation>
    </message>
    <message>
        <source>Web and application servers are stateless, so they scale horizontally behind a load balancer (sticky sessions only if needed). Watch a service with the RED method: rate (requests per second), errors (the share that fails) and duration (P50, P95, P99).</source>
        <translation>Web 服务器和应用服务器是无状态的，因此可以在负载均衡器之后横向扩展（仅在必要时使用粘性会话）。用 RED 方法监控服务：Rate（速率，每秒请求数）、Errors（错误，失败请求的占比）和 Duration（耗时，P50、P95、P99）。</translation>
    </message>
    <message>
        <source>Workers pull jobs from a queue, execute them, report the result and handle failures with retries and backoff. A write-heavy path goes through a message queue to a batch writer instead of hitting the database directly.</source>
        <translation>工作进程从队列中拉取任务、执行任务、报告结果，并通过重试和退避处理失败。写入密集的路径经由消息队列交给批量写入器，而不是直接冲击数据库。</translation>
    </message>
    <message>
        <source>Holds persistent, stateful connections for real-time traffic both ways at very low latency, as in a chat system: sender → WebSocket → chat server → the recipient&apos;s chat server. With 2B users and 10% of them online, that is 200M concurrent connections.</source>
        <translation>为双向实时流量保持持久、有状态的连接，延迟极低，例如聊天系统：发送方 → WebSocket → 聊天服务器 → 接收方的聊天服务器。20 亿用户中有 10% 在线时，就是 2 亿个并发连接。</translation>
    </message>
    <message>
        <source>Keeps cron-like schedules in a priority queue sorted by the next run time; leader election makes sure only one scheduler runs the jobs. Due jobs go to a job queue (a Redis sorted set, or SQS with a delay) that workers pull from; the hard parts are exactly-once execution, clock skew and workers failing mid-job.</source>
        <translation>将类似 cron 的调度计划保存在按下次运行时间排序的优先队列中；主节点选举确保只有一个调度器执行任务。到期的任务进入任务队列（Redis 有序集合，或带延迟的 SQS），由工作进程拉取；难点在于恰好一次执行、时钟偏差以及工作进程在任务中途失败。</translation>
    </message>
    <message>
        <source>Serves hot reads from memory: a distributed cache (Redis) answers in about 1 ms, shared by every instance. With cache-aside the application reads the cache and, on a miss, reads the database and writes the cache; TTLs or write events keep it fresh, and a lock or jitter on the TTL prevents a stampede when a hot key expires.</source>
        <translation>从内存中提供热点读取：分布式缓存（Redis）约 1 ms 即可应答，由所有实例共享。采用旁路缓存（cache-aside）时，应用先读缓存，未命中时读数据库并写入缓存；TTL 或写入事件使其保持新鲜，加锁或为 TTL 加随机抖动可防止热点键过期时出现请求洪峰（缓存击穿）。</translation>
    </message>
    <message>
        <source>A relational database (PostgreSQL, MySQL): fixed schema, full ACID transactions and native joins, best for complex queries and relationships. Reads scale with read replicas and caching; writes scale vertically first, then by sharding.</source>
        <translation>关系型数据库（PostgreSQL、MySQL）：固定模式、完整的 ACID 事务和原生连接（join），最适合复杂查询和关系。读取通过只读副本和缓存扩展；写入先纵向扩展，再通过分片扩展。</translation>
    </message>
    <message>
        <source>Designed for sharding: a flexible schema, configurable consistency and high write throughput for simple access patterns (Cassandra, DynamoDB). Keys are placed by consistent hashing, so adding a node moves only its neighbours&apos; keys; reads are eventually consistent by default.</source>
        <translation>为分片而设计：灵活的模式、可配置的一致性，以及面向简单访问模式的高写入吞吐量（Cassandra、DynamoDB）。键通过一致性哈希放置，因此新增节点只会迁移其相邻节点的键；读取默认是最终一致的。</translation>
    </message>
    <message>
        <source>An inverted index (Elasticsearch, OpenSearch) answers full-text and tokenized queries with relevance scoring, and prefix queries for typeahead; it is weak at exact matches and numeric ranges. It scales by sharding plus replicas.</source>
        <translation>倒排索引（Elasticsearch、OpenSearch）以相关性评分回答全文和分词查询，并以前缀查询支持输入联想（typeahead）；它不擅长精确匹配和数值范围查询。它通过分片加副本扩展。</translation>
    </message>
    <message>
        <source>A consensus store (ZooKeeper with ZAB, etcd with Raft) for leader election, locks and configuration; it is CP, unavailable during a leader election. A ZooKeeper lock is an ephemeral sequential znode: the lowest holds the lock, and when its node dies the next in line gets it.</source>
        <translation>共识存储（使用 ZAB 的 ZooKeeper、使用 Raft 的 etcd），用于主节点选举、锁和配置；它属于 CP，在主节点选举期间不可用。ZooKeeper 锁是一个临时顺序 znode：序号最小者持有锁，其节点失效时，由排在下一位的获得锁。</translation>
    </message>
    <message>
        <source>For analytics (OLAP): columnar, massively parallel SQL stores such as BigQuery, Redshift and ClickHouse. Data often reaches it through a data lake&apos;s bronze (raw), silver (cleaned) and gold (business-ready) layers, kept as Parquet.</source>
        <translation>用于分析（OLAP）：列式、大规模并行的 SQL 存储，如 BigQuery、Redshift 和 ClickHouse。数据通常经由数据湖的青铜层（原始）、白银层（已清洗）和黄金层（可直接用于业务）进入其中，以 Parquet 格式存储。</translation>
    </message>
    <message>
        <source>Holds images, videos, backups and data lakes behind an HTTP API (S3, GCS, Azure Blob) and scales automatically. Block storage is a mounted disk for databases and file storage a shared POSIX file system; object storage is for files the services read and write whole.</source>
        <translation>通过 HTTP API（S3、GCS、Azure Blob）存放图片、视频、备份和数据湖，并自动扩展。块存储是供数据库使用的挂载磁盘，文件存储是共享的 POSIX 文件系统；对象存储则用于服务整体读写的文件。</translation>
    </message>
    <message>
        <source>A task queue (SQS, RabbitMQ) for job processing and work distribution: the producer hands a job over and moves on, and workers drain the queue at their own rate. With a delivery delay it serves scheduled tasks and reminders.</source>
        <translation>用于任务处理和工作分发的任务队列（SQS、RabbitMQ）：生产者交出任务后即继续处理其他工作，工作进程按自己的速率消费队列。配合投递延迟，它可用于定时任务和提醒。</translation>
    </message>
    <message>
        <source>The delivery end of a notification system: once the notification service has deduplicated, rate-limited, checked preferences and rendered the template, the message goes out as email (SES), push (FCM/APNs) or SMS (Twilio). Chat systems use push for users who are offline.</source>
        <translation>通知系统的投递端：通知服务完成去重、限流、偏好检查和模板渲染后，消息以邮件（SES）、推送（FCM/APNs）或短信（Twilio）的形式发出。聊天系统对离线用户使用推送。</translation>
    </message>
    <message>
        <source>Bucket size (token bucket) or requests per window (reference designs: 100).</source>
        <translation>桶容量（令牌桶）或每个窗口的请求数（参考值：100）。</translation>
    </message>
    <message>
        <source>Tokens added per second (token bucket; reference designs: 10/s).</source>
        <translation>每秒补充的令牌数（令牌桶；参考值：10/s）。</translation>
    </message>
    <message>
        <source>Length of the counting window (reference designs: 1 minute).</source>
        <translation>计数窗口的长度（参考值：1 分钟）。</translation>
    </message>
    <message>
        <source>Where the traffic starts: the people or devices using the system. The reference designs estimate it on the back of an envelope: daily active users × actions per day gives the daily volume, so 10M DAU × 10 reads a day is about 1.2K reads per second.</source>
        <translation>流量的起点：使用系统的人或设备。参考设计对它做粗略估算：日活跃用户数 × 每天操作次数得出每日总量，因此 1000 万 DAU × 每天 10 次读取约为每秒 1200 次读取。</translation>
    </message>
    <message>
        <source>The one entry point in front of the services: it validates the caller&apos;s JWT, applies rate limits and routes each request to its microservice, as in the reference designs&apos; e-commerce platform. It may also cache responses, one level of multi-level caching.</source>
        <translation>位于各服务之前的统一入口：校验调用方的 JWT、执行限流，并将每个请求路由到对应的微服务，如参考设计中的电商平台。它也可以缓存响应，作为多级缓存中的一级。</translation>
    </message>
    <message>
        <source>Reads an event stream continuously for real-time pipelines: event sourcing, change data capture, aggregation and counting (the reference URL shortener counts clicks asynchronously through Kafka). It scales with the stream&apos;s partitions.</source>
        <translation>为实时管道持续读取事件流：事件溯源、变更数据捕获、聚合和计数（参考设计中的短网址服务通过 Kafka 异步统计点击量）。它随事件流的分区数扩展。</translation>
    </message>
    <message>
        <source>A dependency outside your control, such as payments or maps. The reference designs&apos; failure modes apply to it: a slow dependency shows as rising latency and is contained with timeouts and bulkheads; a cascading failure with circuit breakers and load shedding.</source>
        <translation>您无法控制的依赖，例如支付或地图。参考设计中的故障模式同样适用于它：依赖变慢表现为延迟上升，用超时和舱壁加以控制；级联故障则用熔断器和负载削减（load shedding）控制。</translation>
    </message>
    <message>
        <source>A partitioned, replicated log (Kafka, Kinesis) for event sourcing, change data capture and real-time pipelines; it scales by adding partitions. In the reference designs it carries order events, click counts and a news feed&apos;s fan-out on write.</source>
        <translation>分区、多副本的日志（Kafka、Kinesis），用于事件溯源、变更数据捕获和实时管道；通过增加分区来扩展。在参考设计中，它承载订单事件、点击计数以及信息流的写扩散。</translation>
    </message>
    <message>
        <source>Anything the catalog lacks, such as the reference designs&apos; presence service, trie service or transcoding service. It queues and serves requests like a service: give it the instances, workers and service time of what it stands for.</source>
        <translation>目录中没有的任何组件，例如参考设计中的在线状态服务、Trie 服务或转码服务。它像服务一样对请求排队并处理：请为它设置所代表组件的实例数、工作线程数和服务时间。</translation>
    </message>
    <message>
        <source>For what boxes cannot show: the functional and non-functional requirements, the assumptions, the API contracts, the trade-offs discussed (the reference designs&apos; interview framework asks for all of them). A note takes no part in the traffic.</source>
        <translation>用于记录方框无法表达的内容：功能性与非功能性需求、假设、API 约定、讨论过的权衡（参考设计的面试框架要求涵盖所有这些）。注释不参与流量。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message>
        <source>Reconnect link to %1</source>
        <translation>将链接重新连接到 %1</translation>
    </message>
    <message>
        <source>Ungroup %1</source>
        <translation>取消 %1 的组合</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>设置 %2 的 %1</translation>
    </message>
    <message>
        <source>Set %1 of link %2</source>
        <translation>设置链接 %2 的 %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>Set arrival rate of %1 to %2, peak x%3</source>
        <translation>将 %1 的到达速率设为 %2，峰值 x%3</translation>
    </message>
    <message>
        <source>Set memory of %1 to %2</source>
        <translation>将 %1 的内存设为 %2</translation>
    </message>
    <message>
        <source>Set memory of %1 to %2 a shard (%3 over %4 shards)</source>
        <translation>将 %1 的内存设为每分片 %2（%3 分布在 %4 个分片上）</translation>
    </message>
    <message>
        <source>Set shards of %1 to %2</source>
        <translation>将 %1 的分片数设为 %2</translation>
    </message>
    <message>
        <source>Auto-Layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <source>Add bend point</source>
        <translation>添加折点</translation>
    </message>
    <message>
        <source>Move bend point</source>
        <translation>移动折点</translation>
    </message>
    <message>
        <source>Remove bend point</source>
        <translation>删除折点</translation>
    </message>
    <message numerus="yes">
        <source>Auto-Layout %n item(s)</source>
        <translation>
            <numerusform>自动布局 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>移动 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Straighten %n link(s)</source>
        <translation>
            <numerusform>拉直 %n 个链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>复制 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>粘贴 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n item(s)</source>
        <translation>
            <numerusform>将 %n 项分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n item(s)</source>
        <translation>
            <numerusform>对齐 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n item(s)</source>
        <translation>
            <numerusform>分布 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule failure</source>
        <translation>安排故障</translation>
    </message>
    <message>
        <source>Move failure</source>
        <translation>移动故障</translation>
    </message>
    <message>
        <source>Resize failure</source>
        <translation>调整故障时长</translation>
    </message>
    <message>
        <source>Edit failure</source>
        <translation>编辑故障</translation>
    </message>
    <message>
        <source>Remove failure</source>
        <translation>移除故障</translation>
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
    <name>Estimate</name>
    <message>
        <source>expected at most %1, got %2</source>
        <translation>应不超过 %1，实际为 %2</translation>
    </message>
    <message>
        <source>the Redis Cluster slot of a key: CRC16/XMODEM mod 16384, with {hash tags}</source>
        <translation>键的 Redis Cluster 槽位：CRC16/XMODEM mod 16384，支持 {哈希标签}</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>masters splitting the slots evenly</source>
        <translation>平均分配槽位的主节点数</translation>
    </message>
    <message>
        <source>a consistent-hash ring: which node owns a key, and what moves when a node joins or leaves</source>
        <translation>一致性哈希环：哪个节点拥有某个键，以及节点加入或离开时哪些部分会迁移</translation>
    </message>
    <message>
        <source>positions on the ring (0 to size-1)</source>
        <translation>环上的位置数（0 到 size-1）</translation>
    </message>
    <message>
        <source>the nodes, e.g. A:100,B:400,C:700</source>
        <translation>各节点，例如 A:100,B:400,C:700</translation>
    </message>
    <message>
        <source>keys: positions (250) or names hashed with CRC-32 (user-1)</source>
        <translation>键：位置（250）或用 CRC-32 哈希的名称（user-1）</translation>
    </message>
    <message>
        <source>a node joining, e.g. D:550</source>
        <translation>加入的节点，例如 D:550</translation>
    </message>
    <message>
        <source>a node leaving, e.g. B</source>
        <translation>离开的节点，例如 B</translation>
    </message>
    <message>
        <source>modulo sharding: key mod shards, and what moves when the shard count changes</source>
        <translation>取模分片：键 mod 分片数，以及分片数变化时哪些键会迁移</translation>
    </message>
    <message>
        <source>the key (a user id)</source>
        <translation>键（用户 ID）</translation>
    </message>
    <message>
        <source>shards</source>
        <translation>分片数</translation>
    </message>
    <message>
        <source>shards after resharding</source>
        <translation>重新分片后的分片数</translation>
    </message>
    <message>
        <source>expected token_bucket, fixed_window, sliding_log or sliding_counter, got %1</source>
        <translation>应为 token_bucket、fixed_window、sliding_log 或 sliding_counter，实际为 %1</translation>
    </message>
    <message>
        <source>expected COUNT or COUNT@TIME (e.g. 150@2s), got %1</source>
        <translation>应为“数量”或“数量@时间”（例如 150@2s），实际为 %1</translation>
    </message>
    <message>
        <source>required with %1</source>
        <translation>与 %1 同时使用时必填</translation>
    </message>
    <message>
        <source>give a request pattern: burst=150, rate=20/s with duration=60s, times=0,0.5,1, or several</source>
        <translation>请给出请求模式：burst=150、rate=20/s 加 duration=60s、times=0,0.5,1，或其中几项</translation>
    </message>
    <message>
        <source>expected at most %1 requests, got %2</source>
        <translation>请求数应不超过 %1，实际为 %2</translation>
    </message>
    <message>
        <source>a burst of %1 requests at %2</source>
        <translation>在 %2 突发 %1 个请求</translation>
    </message>
    <message>
        <source>%1 evenly spaced for %2 from %3: %4 requests</source>
        <translation>%1 均匀分布，持续 %2，从 %3 开始：%4 个请求</translation>
    </message>
    <message>
        <source>%1 requests at the times given</source>
        <translation>在给定时间点的 %1 个请求</translation>
    </message>
    <message>
        <source>request times (a list)</source>
        <translation>请求时间点（列表）</translation>
    </message>
    <message>
        <source>a rate limiter what-if: how many requests of a pattern are accepted and rejected</source>
        <translation>限流器假设分析：某种请求模式中有多少请求被接受、多少被拒绝</translation>
    </message>
    <message>
        <source>token_bucket, fixed_window, sliding_log or sliding_counter</source>
        <translation>token_bucket、fixed_window、sliding_log 或 sliding_counter</translation>
    </message>
    <message>
        <source>token bucket: tokens it holds</source>
        <translation>令牌桶：可容纳的令牌数</translation>
    </message>
    <message>
        <source>token bucket: tokens added a second</source>
        <translation>令牌桶：每秒补充的令牌数</translation>
    </message>
    <message>
        <source>windows: requests a window</source>
        <translation>窗口：每个窗口的请求数</translation>
    </message>
    <message>
        <source>windows: the window&apos;s length</source>
        <translation>窗口：窗口长度</translation>
    </message>
    <message>
        <source>bursts of requests at once: 150 or 150@2s (a list)</source>
        <translation>同时到达的突发请求：150 或 150@2s（列表）</translation>
    </message>
    <message>
        <source>steady requests a second</source>
        <translation>每秒的匀速请求数</translation>
    </message>
    <message>
        <source>how long the steady requests last</source>
        <translation>匀速请求的持续时长</translation>
    </message>
    <message>
        <source>when the steady requests start</source>
        <translation>匀速请求的开始时间</translation>
    </message>
    <message>
        <source>(1 - %1) x 365.25 days = %2 of downtime a year (%3 in 365 days)</source>
        <translation>(1 - %1) x 365.25 天 = 每年 %2 停机时间（365 天内为 %3）</translation>
    </message>
    <message>
        <source>(1 - %1) x 30.4375 days = %2 a month; %3 a day</source>
        <translation>(1 - %1) x 30.4375 天 = 每月 %2；每天 %3</translation>
    </message>
    <message>
        <source>a year is 365.25 days (leap years included), a month a twelfth of it: 30.4375 days</source>
        <translation>一年按 365.25 天计（含闰年），一个月为其十二分之一：30.4375 天</translation>
    </message>
    <message>
        <source>in series: %1 = %2</source>
        <translation>串联：%1 = %2</translation>
    </message>
    <message>
        <source>in parallel: 1 - %1 = %2</source>
        <translation>并联：1 - %1 = %2</translation>
    </message>
    <message>
        <source>together: %1 x %2 = %3</source>
        <translation>合计：%1 x %2 = %3</translation>
    </message>
    <message>
        <source>%1 / (%2 x %3) = %4 -&gt; %5 servers</source>
        <translation>%1 / (%2 x %3) = %4 -&gt; %5 台服务器</translation>
    </message>
    <message>
        <source>at the peak each server is %1 busy</source>
        <translation>峰值时每台服务器的利用率为 %1</translation>
    </message>
    <message>
        <source>%1 x %2 items x %3 = %4</source>
        <translation>%1 x %2 个条目 x %3 = %4</translation>
    </message>
    <message>
        <source>by storage: %1 / %2 a shard = %3 -&gt; %4 shards</source>
        <translation>按存储：%1 / 每分片 %2 = %3 -&gt; %4 个分片</translation>
    </message>
    <message>
        <source>by writes: %1 / %2 a shard = %3 -&gt; %4 shards</source>
        <translation>按写入：%1 / 每分片 %2 = %3 -&gt; %4 个分片</translation>
    </message>
    <message>
        <source>%1 users x %2 = %3 connections</source>
        <translation>%1 个用户 x %2 = %3 个连接</translation>
    </message>
    <message>
        <source>%1 connections / %2 a server -&gt; %3 servers</source>
        <translation>%1 个连接 / 每台服务器 %2 -&gt; %3 台服务器</translation>
    </message>
    <message>
        <source>%1^%2 = %3 shards</source>
        <translation>%1^%2 = %3 个分片</translation>
    </message>
    <message>
        <source>%1 posts x %2 followers = %3 writes</source>
        <translation>%1 条帖子 x %2 个关注者 = %3 次写入</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>a count (e.g. 10M)</source>
        <translation>数量（例如 10M）</translation>
    </message>
    <message>
        <source>a size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>a size (e.g. 5 GB)</source>
        <translation>大小（例如 5 GB）</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>a duration (e.g. 150 ms)</source>
        <translation>时长（例如 150 ms）</translation>
    </message>
    <message>
        <source>a rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>a rate (e.g. 10K/s or 10K QPS)</source>
        <translation>速率（例如 10K/s 或 10K QPS）</translation>
    </message>
    <message>
        <source>a data rate</source>
        <translation>数据速率</translation>
    </message>
    <message>
        <source>a data rate (e.g. 50 MB/s)</source>
        <translation>数据速率（例如 50 MB/s）</translation>
    </message>
    <message>
        <source>a bit rate</source>
        <translation>比特率</translation>
    </message>
    <message>
        <source>a bit rate (e.g. 400 Mbps)</source>
        <translation>比特率（例如 400 Mbps）</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>a fraction or a percentage (e.g. 0.2 or 20%)</source>
        <translation>小数或百分比（例如 0.2 或 20%）</translation>
    </message>
    <message>
        <source>a duration in days (e.g. 365)</source>
        <translation>以天为单位的时长（例如 365）</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>expected NAME:POSITION with a position from 0 to %1 (e.g. A:100), got %2</source>
        <translation>应为“名称:位置”，位置取 0 到 %1（例如 A:100），实际为 %2</translation>
    </message>
    <message>
        <source>%1: another node has its name or its position %2</source>
        <translation>%1：另一个节点已使用该名称或位置 %2</translation>
    </message>
    <message>
        <source>%1: a node has its name or its position %2</source>
        <translation>%1：已有节点使用该名称或位置 %2</translation>
    </message>
    <message>
        <source>%1 joins at %2</source>
        <translation>%1 在 %2 处加入</translation>
    </message>
    <message>
        <source>no node called %1</source>
        <translation>没有名为 %1 的节点</translation>
    </message>
    <message>
        <source>%1 is the last node</source>
        <translation>%1 是最后一个节点</translation>
    </message>
    <message>
        <source>%1 leaves</source>
        <translation>%1 离开</translation>
    </message>
    <message>
        <source>the ring has no nodes</source>
        <translation>环上没有节点</translation>
    </message>
    <message>
        <source>position %1 is off the ring (0 to %2)</source>
        <translation>位置 %1 不在环上（0 到 %2）</translation>
    </message>
    <message>
        <source>key at %1 -&gt; %2 (the first node clockwise)</source>
        <translation>位于 %1 的键 -&gt; %2（顺时针方向的第一个节点）</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: CRC-32 %2 mod %3 = %4 -&gt; %5</source>
        <translation>键 &quot;%1&quot;：CRC-32 %2 mod %3 = %4 -&gt; %5</translation>
    </message>
    <message>
        <source>positions %1 (%2) move from %3 to %4</source>
        <translation>位置 %1（%2 个）从 %3 迁移到 %4</translation>
    </message>
    <message>
        <source>%1 of %2 positions move (%3); nothing else moves</source>
        <translation>%2 个位置中有 %1 个迁移（%3）；其余均不迁移</translation>
    </message>
    <message>
        <source>a named key&apos;s position is CRC-32 (zlib) of its bytes mod the ring size</source>
        <translation>命名键的位置是其字节的 CRC-32（zlib）对环大小取模</translation>
    </message>
    <message>
        <source>expected 0 or more, got %1</source>
        <translation>应为 0 或更大，实际为 %1</translation>
    </message>
    <message>
        <source>expected more than 0, got %1</source>
        <translation>应大于 0，实际为 %1</translation>
    </message>
    <message>
        <source>expected more than 0 (it divides), got %1</source>
        <translation>应大于 0（它用作除数），实际为 %1</translation>
    </message>
    <message>
        <source>expected at least 1, got %1</source>
        <translation>应至少为 1，实际为 %1</translation>
    </message>
    <message>
        <source>expected a fraction from 0 to 1 (0% to 100%), got %1; did you mean %1%?</source>
        <translation>应为 0 到 1 之间的小数（0% 到 100%），实际为 %1；您是否想输入 %1%？</translation>
    </message>
    <message>
        <source>expected more than 0% and at most 100%, got %1</source>
        <translation>应大于 0% 且不超过 100%，实际为 %1</translation>
    </message>
    <message>
        <source>expected a fraction from 0 to 1 (0% to 100%), got %1</source>
        <translation>应为 0 到 1 之间的小数（0% 到 100%），实际为 %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected %1, got nothing</source>
        <translation>应为 %1，但未提供任何值</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>expected %1, got %2 (unknown unit &apos;%3&apos;)</source>
        <translation>应为 %1，实际为 %2（未知单位 &apos;%3&apos;）</translation>
    </message>
    <message>
        <source>expected %1, got %2, which is %3</source>
        <translation>应为 %1，实际为 %2（这是 %3）</translation>
    </message>
    <message>
        <source>unknown key for calculator %1 (expected: %2)</source>
        <translation>计算器 %1 的未知键（应为：%2）</translation>
    </message>
    <message>
        <source>given more than once</source>
        <translation>重复给出</translation>
    </message>
    <message>
        <source>required: %1, %2</source>
        <translation>必填：%1，%2</translation>
    </message>
    <message>
        <source>L1 cache reference</source>
        <translation>L1 缓存访问</translation>
    </message>
    <message>
        <source>L2 cache reference</source>
        <translation>L2 缓存访问</translation>
    </message>
    <message>
        <source>main memory reference</source>
        <translation>主存访问</translation>
    </message>
    <message>
        <source>SSD random read</source>
        <translation>SSD 随机读取</translation>
    </message>
    <message>
        <source>HDD seek</source>
        <translation>HDD 寻道</translation>
    </message>
    <message>
        <source>round trip within a datacenter</source>
        <translation>数据中心内往返</translation>
    </message>
    <message>
        <source>round trip California - Netherlands</source>
        <translation>加州 - 荷兰往返</translation>
    </message>
    <message>
        <source>expected a repeat count before &apos;*&apos; (e.g. 2*dc), got %1</source>
        <translation>&apos;*&apos; 前应为重复次数（例如 2*dc），实际为 %1</translation>
    </message>
    <message>
        <source>expected a step of the latency table (%1) or a duration (e.g. 5ms), got %2</source>
        <translation>应为延迟表中的一项（%1）或时长（例如 5ms），实际为 %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>give exactly two of L, lambda and W, got %1</source>
        <translation>请恰好给出 L、lambda 和 W 中的两个，实际给出了 %1 个</translation>
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
        <translation>%1 mod %2 = 分片 %3</translation>
    </message>
    <message>
        <source>from %1 to %2 shards: 1 - min(%1, %2) / lcm(%1, %2) = 1 - %3 / %4 = %5 of all keys move</source>
        <translation>从 %1 个分片变为 %2 个：1 - min(%1, %2) / lcm(%1, %2) = 1 - %3 / %4 = %5 的键需要迁移</translation>
    </message>
    <message>
        <source>token bucket: %1 tokens, refilled at %2, 1 token a request, full at the start</source>
        <translation>令牌桶：%1 个令牌，补充速率 %2，每个请求消耗 1 个令牌，初始为满</translation>
    </message>
    <message>
        <source>fixed window: %1 requests a %2 window (windows start at 0, %2, ...)</source>
        <translation>固定窗口：每个 %2 窗口 %1 个请求（窗口起点为 0、%2、...）</translation>
    </message>
    <message>
        <source>sliding window log: %1 accepted requests in any %2</source>
        <translation>滑动窗口日志：任意 %2 内最多接受 %1 个请求</translation>
    </message>
    <message>
        <source>sliding window counter: this %2 window&apos;s count + the last window&apos;s count x its share still in the last %2 &lt; %1</source>
        <translation>滑动窗口计数器：当前 %2 窗口的计数 + 上一窗口的计数 x 其仍落在最近 %2 内的比例 &lt; %1</translation>
    </message>
    <message>
        <source>%1 requests -&gt; %2 accepted, %3 rejected (HTTP 429)</source>
        <translation>%1 个请求 -&gt; %2 个被接受，%3 个被拒绝（HTTP 429）</translation>
    </message>
    <message>
        <source>hash tag: only &quot;%1&quot; inside {...} is hashed</source>
        <translation>哈希标签：只对 {...} 内的 &quot;%1&quot; 计算哈希</translation>
    </message>
    <message>
        <source>CRC16/XMODEM(&quot;%1&quot;) = %2 = %3; %3 mod 16384 = %4</source>
        <translation>CRC16/XMODEM(&quot;%1&quot;) = %2 = %3；%3 mod 16384 = %4</translation>
    </message>
    <message>
        <source>%1 masters split the slots evenly: slot %2 is on master %3 (slots %4-%5)</source>
        <translation>%1 个主节点平均分配槽位：槽位 %2 位于主节点 %3（槽位 %4-%5）</translation>
    </message>
    <message>
        <source>components in series and replicas in parallel -&gt; availability and downtime</source>
        <translation>串联的组件与并联的副本 -&gt; 可用性和停机时间</translation>
    </message>
    <message>
        <source>availabilities of components that all must work (a list)</source>
        <translation>必须全部正常工作的组件的可用性（列表）</translation>
    </message>
    <message>
        <source>availabilities of replicas of which one must work (a list)</source>
        <translation>只需其中一个正常工作的副本的可用性（列表）</translation>
    </message>
    <message>
        <source>give series, parallel or both (e.g. series=99.9%,99.9%)</source>
        <translation>请给出 series、parallel 或两者（例如 series=99.9%,99.9%）</translation>
    </message>
    <message>
        <source>an availability (or nines) -&gt; downtime a year, a month and a day</source>
        <translation>可用性（或几个 9）-&gt; 每年、每月和每天的停机时间</translation>
    </message>
    <message>
        <source>the availability (99.9% or 3 nines)</source>
        <translation>可用性（99.9% 或 3 个 9）</translation>
    </message>
    <message>
        <source>the sum along a path of the latency numbers (l1, l2, memory, ssd, hdd, dc, continent) and durations</source>
        <translation>沿一条路径累加的延迟数值（l1、l2、memory、ssd、hdd、dc、continent）与时长之和</translation>
    </message>
    <message>
        <source>the steps, e.g. dc,2*ssd,5ms</source>
        <translation>各步骤，例如 dc,2*ssd,5ms</translation>
    </message>
    <message>
        <source>Little&apos;s law L = lambda x W: any two give the third</source>
        <translation>利特尔法则 L = lambda x W：已知任意两个即可求出第三个</translation>
    </message>
    <message>
        <source>requests in the system on average</source>
        <translation>系统中的平均请求数</translation>
    </message>
    <message>
        <source>arrivals a second</source>
        <translation>每秒到达数</translation>
    </message>
    <message>
        <source>time a request spends in the system</source>
        <translation>请求在系统中停留的时间</translation>
    </message>
    <message>
        <source>daily active users</source>
        <translation>日活跃用户数</translation>
    </message>
    <message>
        <source>copies of every byte</source>
        <translation>每个字节的副本数</translation>
    </message>
    <message>
        <source>DAU x actions a day -&gt; requests a second (average and at the peak) and bytes a day</source>
        <translation>DAU x 每日操作数 -&gt; 每秒请求数（平均值与峰值）和每日字节数</translation>
    </message>
    <message>
        <source>actions a user makes a day</source>
        <translation>每个用户每天的操作次数</translation>
    </message>
    <message>
        <source>bytes an action reads or writes</source>
        <translation>每次操作读取或写入的字节数</translation>
    </message>
    <message>
        <source>peak rate / average rate</source>
        <translation>峰值速率 / 平均速率</translation>
    </message>
    <message>
        <source>a count over a period -&gt; a rate a second (10B reads a month -&gt; reads/s)</source>
        <translation>一段时间内的数量 -&gt; 每秒速率（每月 10B 次读取 -&gt; reads/s）</translation>
    </message>
    <message>
        <source>events in the period</source>
        <translation>该时段内的事件数</translation>
    </message>
    <message>
        <source>the period (a month is 30 days)</source>
        <translation>时段（一个月按 30 天计）</translation>
    </message>
    <message>
        <source>bytes a day x retention days x replicas -&gt; bytes</source>
        <translation>每日字节数 x 保留天数 x 副本数 -&gt; 字节数</translation>
    </message>
    <message>
        <source>new bytes a day</source>
        <translation>每日新增字节数</translation>
    </message>
    <message>
        <source>days the data is kept</source>
        <translation>数据保留的天数</translation>
    </message>
    <message>
        <source>items x bytes an item x replicas -&gt; bytes</source>
        <translation>条目数 x 每个条目的字节数 x 副本数 -&gt; 字节数</translation>
    </message>
    <message>
        <source>items stored</source>
        <translation>存储的条目数</translation>
    </message>
    <message>
        <source>bytes an item</source>
        <translation>每个条目的字节数</translation>
    </message>
    <message>
        <source>requests a second x bytes a request -&gt; bytes/s and bits/s</source>
        <translation>每秒请求数 x 每个请求的字节数 -&gt; bytes/s 和 bits/s</translation>
    </message>
    <message>
        <source>requests a second (the peak for peak bandwidth)</source>
        <translation>每秒请求数（求峰值带宽时用峰值）</translation>
    </message>
    <message>
        <source>bytes a request sends or returns</source>
        <translation>每个请求发送或返回的字节数</translation>
    </message>
    <message>
        <source>requests through a cache -&gt; hits and the misses that reach the origin</source>
        <translation>经过缓存的请求 -&gt; 命中数以及回源的未命中数</translation>
    </message>
    <message>
        <source>requests a second to the cache</source>
        <translation>每秒发往缓存的请求数</translation>
    </message>
    <message>
        <source>share of hits</source>
        <translation>命中占比</translation>
    </message>
    <message>
        <source>peak requests a second / what a server serves, with headroom -&gt; servers</source>
        <translation>峰值每秒请求数 / 单台服务器的处理能力（留有余量）-&gt; 服务器数</translation>
    </message>
    <message>
        <source>requests a second at the peak</source>
        <translation>峰值每秒请求数</translation>
    </message>
    <message>
        <source>requests a second one server serves flat out</source>
        <translation>单台服务器满负荷时每秒处理的请求数</translation>
    </message>
    <message>
        <source>how busy a server may run</source>
        <translation>服务器允许的最高利用率</translation>
    </message>
    <message>
        <source>hot share x items x bytes an item -&gt; cache size (80/20)</source>
        <translation>热点占比 x 条目数 x 每个条目的字节数 -&gt; 缓存大小（80/20）</translation>
    </message>
    <message>
        <source>items in the data set</source>
        <translation>数据集中的条目数</translation>
    </message>
    <message>
        <source>share of the items worth caching</source>
        <translation>值得缓存的条目占比</translation>
    </message>
    <message>
        <source>give bytes and bytes_per_shard, or writes_per_second and writes_per_shard, or both</source>
        <translation>请给出 bytes 和 bytes_per_shard，或 writes_per_second 和 writes_per_shard，或两组都给出</translation>
    </message>
    <message>
        <source>shards by storage and by write rate</source>
        <translation>按存储和写入速率计算的分片数</translation>
    </message>
    <message>
        <source>bytes to store</source>
        <translation>要存储的字节数</translation>
    </message>
    <message>
        <source>bytes one shard holds</source>
        <translation>单个分片可容纳的字节数</translation>
    </message>
    <message>
        <source>writes a second at the peak</source>
        <translation>峰值每秒写入数</translation>
    </message>
    <message>
        <source>writes a second one shard takes</source>
        <translation>单个分片每秒可承受的写入数</translation>
    </message>
    <message>
        <source>users x the share connected at once -&gt; connections</source>
        <translation>用户数 x 同时在线占比 -&gt; 连接数</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>share of users connected at once</source>
        <translation>同时在线的用户占比</translation>
    </message>
    <message>
        <source>connections one server holds</source>
        <translation>单台服务器可保持的连接数</translation>
    </message>
    <message>
        <source>letters a prefix character takes</source>
        <translation>前缀每一位可取的字符数</translation>
    </message>
    <message>
        <source>characters of the prefix</source>
        <translation>前缀的字符数</translation>
    </message>
    <message>
        <source>shards by a key prefix: alphabet^length</source>
        <translation>按键前缀分片：字母表大小^长度</translation>
    </message>
    <message>
        <source>fan-out on write: posts x followers -&gt; timeline writes</source>
        <translation>写扩散：帖子数 x 关注者数 -&gt; 时间线写入数</translation>
    </message>
    <message>
        <source>followers of the author</source>
        <translation>作者的关注者数</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>帖子数</translation>
    </message>
    <message>
        <source>%1 DAU x %2 actions/day / 86,400 s = %3</source>
        <translation>%1 DAU x %2 次操作/天 / 86,400 s = %3</translation>
    </message>
    <message>
        <source>peak: %1 x peak factor %2 = %3</source>
        <translation>峰值：%1 x 峰值系数 %2 = %3</translation>
    </message>
    <message>
        <source>%1 DAU x %2 actions/day x %3 = %4/day</source>
        <translation>%1 DAU x %2 次操作/天 x %3 = %4/天</translation>
    </message>
    <message>
        <source>a day is 86,400 s</source>
        <translation>一天为 86,400 s</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 s) = %4</source>
        <translation>%1 / %2 (%3 s) = %4</translation>
    </message>
    <message>
        <source>a day is 86,400 s, a month 30 days, a year 365 days</source>
        <translation>一天为 86,400 s，一个月按 30 天计，一年按 365 天计</translation>
    </message>
    <message>
        <source>%1/day x %2 x %3 replicas = %4</source>
        <translation>%1/天 x %2 x %3 个副本 = %4</translation>
    </message>
    <message>
        <source>%1 items x %2 = %3</source>
        <translation>%1 个条目 x %2 = %3</translation>
    </message>
    <message>
        <source>%1 items x %2 x %3 replicas = %4</source>
        <translation>%1 个条目 x %2 x %3 个副本 = %4</translation>
    </message>
    <message>
        <source>%1 x %2 = %3 = %4</source>
        <translation>%1 x %2 = %3 = %4</translation>
    </message>
    <message>
        <source>8 bits a byte</source>
        <translation>每字节 8 比特</translation>
    </message>
    <message>
        <source>%1 x (1 - %2 hits) = %3 reach the origin</source>
        <translation>%1 x (1 - %2 命中) = %3 回源</translation>
    </message>
    <message>
        <source>reads: %1 DAU x %2/day / 86,400 s = %3</source>
        <translation>读取：%1 DAU x %2/天 / 86,400 s = %3</translation>
    </message>
    <message>
        <source>writes: %1 DAU x %2/day / 86,400 s = %3</source>
        <translation>写入：%1 DAU x %2/天 / 86,400 s = %3</translation>
    </message>
    <message>
        <source>storage: %1 items x %2 x %3 replicas = %4</source>
        <translation>存储：%1 个条目 x %2 x %3 个副本 = %4</translation>
    </message>
    <message>
        <source>cache: 20% x %1 items x %2 = %3</source>
        <translation>缓存：20% x %1 个条目 x %2 = %3</translation>
    </message>
    <message>
        <source>storage: %1/day x %2 x %3 replicas = %4</source>
        <translation>存储：%1/天 x %2 x %3 个副本 = %4</translation>
    </message>
    <message>
        <source>connections: %1 DAU x %2 online = %3</source>
        <translation>连接：%1 DAU x %2 在线 = %3</translation>
    </message>
    <message>
        <source>bandwidth: %1 x %2 + %3 x %4 = %5</source>
        <translation>带宽：%1 x %2 + %3 x %4 = %5</translation>
    </message>
    <message>
        <source>a day is 86,400 s; 1 KB = 1,000 B</source>
        <translation>一天为 86,400 s；1 KB = 1,000 B</translation>
    </message>
    <message>
        <source>%1 overflows (it is not a finite number) with %2; the inputs are too large together</source>
        <translation>%1 在 %2 时溢出（不是有限数）；这些输入合在一起过大</translation>
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
        <source>Share online at once</source>
        <translation>同时在线占比</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Server crash</source>
        <translation>服务器崩溃</translation>
    </message>
    <message>
        <source>One instance down</source>
        <translation>单个实例宕机</translation>
    </message>
    <message>
        <source>Slow dependency</source>
        <translation>依赖变慢</translation>
    </message>
    <message>
        <source>Network partition</source>
        <translation>网络分区</translation>
    </message>
    <message>
        <source>Cache flush</source>
        <translation>缓存清空</translation>
    </message>
    <message>
        <source>Zone outage</source>
        <translation>区域宕机</translation>
    </message>
    <message>
        <source>Every instance of the selected component stops answering; its callers wait for their timeout. Detected by health checks; mitigated by auto-restart and replicas.</source>
        <translation>所选组件的所有实例都停止应答；其调用方一直等到超时。通过健康检查发现；通过自动重启和副本缓解。</translation>
    </message>
    <message>
        <source>One instance of the selected component stops answering. Health checks take it out of its balancer; the other replicas carry its share.</source>
        <translation>所选组件的一个实例停止应答。健康检查将其从负载均衡器中摘除；其他副本分担它的份额。</translation>
    </message>
    <message>
        <source>The selected component&apos;s service times ×10. Detected as a latency increase; mitigated by timeouts and bulkheads.</source>
        <translation>所选组件的服务时间 ×10。表现为延迟上升；通过超时和舱壁缓解。</translation>
    </message>
    <message>
        <source>The selected component and a zone it is not in cannot reach each other. Detected by timeouts; mitigated by circuit breakers and retries.</source>
        <translation>所选组件与一个它不在其中的区域之间无法互通。通过超时发现；通过熔断器和重试缓解。</translation>
    </message>
    <message>
        <source>The selected cache or CDN loses its contents: every request misses, then the hit ratio climbs back.</source>
        <translation>所选缓存或 CDN 丢失其内容：所有请求都未命中，随后命中率逐渐回升。</translation>
    </message>
    <message>
        <source>Every component in the selected component&apos;s zone is down (a region outage). Detected by DNS health checks; mitigated by multi-region failover.</source>
        <translation>所选组件所在区域中的所有组件都宕机（地域故障）。通过 DNS 健康检查发现；通过多地域故障转移缓解。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 instances down, refusing</source>
        <translation>%1：%3 个实例中 %2 个宕机，拒绝请求</translation>
    </message>
    <message>
        <source>%1: %2 of %3 instances down</source>
        <translation>%1：%3 个实例中 %2 个宕机</translation>
    </message>
    <message>
        <source>%1: %2 of its instances down, refusing</source>
        <translation>%1：其中 %2 个实例宕机，拒绝请求</translation>
    </message>
    <message>
        <source>%1: %2 of its instances down</source>
        <translation>%1：其中 %2 个实例宕机</translation>
    </message>
    <message>
        <source>%1 down, refusing</source>
        <translation>%1 宕机，拒绝请求</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 宕机</translation>
    </message>
    <message>
        <source>%1 slowed ×%2</source>
        <translation>%1 变慢 ×%2</translation>
    </message>
    <message>
        <source>%1 cut off from %2</source>
        <translation>%1 与 %2 隔断</translation>
    </message>
    <message>
        <source>%1 flushed, refills in %2 s</source>
        <translation>%1 被清空，%2 秒内回填</translation>
    </message>
    <message>
        <source>%1 flushed</source>
        <translation>%1 被清空</translation>
    </message>
    <message>
        <source>%1 zone down, refusing</source>
        <translation>区域 %1 宕机，拒绝请求</translation>
    </message>
    <message>
        <source>%1 zone down</source>
        <translation>区域 %1 宕机</translation>
    </message>
    <message>
        <source>%1 s – %2 s (%3 s)</source>
        <translation>%1 秒 – %2 秒（%3 秒）</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>no library file was given</source>
        <translation>未指定设计库文件</translation>
    </message>
    <message>
        <source>%1 is a folder, not a design library file</source>
        <translation>%1 是文件夹，而不是设计库文件</translation>
    </message>
    <message>
        <source>cannot open the library %1: no such file</source>
        <translation>无法打开设计库 %1：文件不存在</translation>
    </message>
    <message>
        <source>cannot create the library %1: the folder %2 does not exist</source>
        <translation>无法创建设计库 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>the library file %1 is read-only: it is open for reading, and nothing can be saved to it</source>
        <translation>设计库文件 %1 为只读：它以只读方式打开，无法向其中保存任何内容</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no System Design Studio library</source>
        <translation>%1 为空：其中没有 System Design Studio 设计库</translation>
    </message>
    <message>
        <source>the library %1 was written by a newer System Design Studio (schema version %2; this studio knows up to %3): it is open read-only</source>
        <translation>设计库 %1 由更新版本的 System Design Studio 写入（模式版本 %2；本程序最高支持 %3）：已以只读方式打开</translation>
    </message>
    <message>
        <source>the library %1 was written by an older System Design Studio (schema version %2) and must be upgraded, but it is read-only</source>
        <translation>设计库 %1 由旧版本的 System Design Studio 写入（模式版本 %2），需要升级，但它为只读</translation>
    </message>
    <message>
        <source>nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>nothing was saved: the library %1 is open read-only</source>
        <translation>未保存任何内容：设计库 %1 以只读方式打开</translation>
    </message>
    <message>
        <source>the library %1 is busy: another program or window is using it (locked); nothing was changed, try again</source>
        <translation>设计库 %1 正忙：另一个程序或窗口正在使用它（已锁定）；未做任何更改，请重试</translation>
    </message>
    <message>
        <source>the library %1 is read-only: nothing was saved (%2)</source>
        <translation>设计库 %1 为只读：未保存任何内容（%2）</translation>
    </message>
    <message>
        <source>the disk holding the library %1 is full (or the library reached its size limit): nothing was saved</source>
        <translation>存放设计库 %1 的磁盘已满（或设计库已达到大小上限）：未保存任何内容</translation>
    </message>
    <message>
        <source>%1 is not a System Design Studio library, or it is corrupt (%2)</source>
        <translation>%1 不是 System Design Studio 设计库，或已损坏（%2）</translation>
    </message>
    <message>
        <source>cannot open the library %1: %2</source>
        <translation>无法打开设计库 %1：%2</translation>
    </message>
    <message>
        <source>cannot read or write the library %1: %2</source>
        <translation>无法读写设计库 %1：%2</translation>
    </message>
    <message>
        <source>the design is too large for the library %1</source>
        <translation>设计过大，无法存入设计库 %1</translation>
    </message>
    <message>
        <source>the library %1 failed: %2</source>
        <translation>设计库 %1 出错：%2</translation>
    </message>
    <message>
        <source>the library %1 has no design with id %2</source>
        <translation>设计库 %1 中没有 ID 为 %2 的设计</translation>
    </message>
    <message>
        <source>the library %1 is damaged: %2</source>
        <translation>设计库 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>a design in the library needs a name</source>
        <translation>设计库中的设计必须有名称</translation>
    </message>
    <message>
        <source>the library %1 has no removed design with id %2 to restore</source>
        <translation>设计库 %1 中没有 ID 为 %2 的已删除设计可供恢复</translation>
    </message>
    <message>
        <source>the library %1 has no version with id %2</source>
        <translation>设计库 %1 中没有 ID 为 %2 的版本</translation>
    </message>
    <message>
        <source>the library %1 has no version with id %2 of design %3</source>
        <translation>设计库 %1 中没有设计 %3 的 ID 为 %2 的版本</translation>
    </message>
    <message>
        <source>the library %1 has no draft with id %2</source>
        <translation>设计库 %1 中没有 ID 为 %2 的草稿</translation>
    </message>
    <message>
        <source>nothing can be written beside the library %1 (its folder is read-only or the disk is full): it is open for reading, and nothing can be saved to it</source>
        <translation>无法在设计库 %1 旁写入任何内容（其文件夹为只读或磁盘已满）：它以只读方式打开，无法向其中保存任何内容</translation>
    </message>
    <message>
        <source>the library %1 has no practice session with id %2</source>
        <translation>设计库 %1 中没有 ID 为 %2 的练习</translation>
    </message>
    <message>
        <source>the library %1 has no simulation run with id %2</source>
        <translation>设计库 %1 中没有 ID 为 %2 的模拟运行</translation>
    </message>
    <message>
        <source>the library %1 has no revision %2 of design %3</source>
        <translation>设计库 %1 中没有设计 %3 的修订版 %2</translation>
    </message>
    <message>
        <source>the library %1 holds the results of simulation run %2 damaged</source>
        <translation>设计库 %1 中模拟运行 %2 的结果已损坏</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Edge</source>
        <translation>边缘</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>持久性</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>地理分布</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Sharding and the shard key</source>
        <translation>分片与分片键</translation>
    </message>
    <message>
        <source>Caching and its invalidation</source>
        <translation>缓存及其失效</translation>
    </message>
    <message>
        <source>Failure handling</source>
        <translation>故障处理</translation>
    </message>
    <message>
        <source>Hot keys</source>
        <translation>热点键</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>数据模型</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>权衡取舍</translation>
    </message>
    <message>
        <source>At 10x scale</source>
        <translation>10 倍规模下</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>the design cannot be solved yet: %1</source>
        <translation>设计尚无法求解：%1</translation>
    </message>
    <message>
        <source>worst p99: %1, was %2</source>
        <translation>最差 p99：%1，之前为 %2</translation>
    </message>
    <message>
        <source>%1 saturates: %2 of what it can serve</source>
        <translation>%1 已饱和：达到其服务能力的 %2</translation>
    </message>
    <message>
        <source>busiest: %1 at %2 (was %3)</source>
        <translation>最繁忙：%1，利用率 %2（之前为 %3）</translation>
    </message>
    <message>
        <source>the design sends no traffic yet: give a client a workload</source>
        <translation>设计尚未发送任何流量：请为某个客户端添加负载</translation>
    </message>
    <message>
        <source>the design cannot be simulated yet: %1</source>
        <translation>设计尚无法模拟：%1</translation>
    </message>
    <message>
        <source>simulated %1 s, the failure from %2 s for %3 s</source>
        <translation>模拟了 %1 s，故障从 %2 s 开始，持续 %3 s</translation>
    </message>
    <message>
        <source>requests answered: %1, %2 without it</source>
        <translation>已应答的请求：%1，无故障时为 %2</translation>
    </message>
    <message>
        <source>worst p99: %1, %2 without it</source>
        <translation>最差 p99：%1，无故障时为 %2</translation>
    </message>
    <message>
        <source>answered in time: %1, %2 without it</source>
        <translation>按时应答：%1，无故障时为 %2</translation>
    </message>
    <message>
        <source>The database primary fails. What happens to the requests in flight, and how does the system recover?</source>
        <translation>数据库主节点发生故障。正在处理中的请求会怎样？系统如何恢复？</translation>
    </message>
    <message>
        <source>Traffic grows 10x. What breaks first, and what do you change?</source>
        <translation>流量增长到 10 倍。什么最先出问题？您会做哪些改动？</translation>
    </message>
    <message>
        <source>A celebrity posts: half of all requests hit one key. Which shard melts, and how do you spread the load?</source>
        <translation>某位名人发帖：一半的请求都落在同一个键上。哪个分片会被压垮？您如何分散负载？</translation>
    </message>
    <message>
        <source>The cache is flushed (a restart, a bad deploy). Does the database survive the stampede?</source>
        <translation>缓存被清空（一次重启、一次错误部署）。数据库能扛住随之而来的请求洪峰吗？</translation>
    </message>
    <message>
        <source>A whole zone goes down. Who notices?</source>
        <translation>整个区域宕机。谁会察觉？</translation>
    </message>
    <message>
        <source>the design has no sharded store or cache for a key to be hot in</source>
        <translation>设计中没有可能出现热点键的分片存储或缓存</translation>
    </message>
    <message>
        <source>the design has no database yet</source>
        <translation>设计中还没有数据库</translation>
    </message>
    <message>
        <source>the design has no cache yet</source>
        <translation>设计中还没有缓存</translation>
    </message>
    <message>
        <source>the design has no zones: everything runs in one place, so a zone outage takes it all</source>
        <translation>设计中没有区域：所有组件都在同一处运行，因此一次区域宕机会让整个系统瘫痪</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>数据流</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>容量配置</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>澄清需求</translation>
    </message>
    <message>
        <source>High-level design</source>
        <translation>高层设计</translation>
    </message>
    <message>
        <source>Deep dive</source>
        <translation>深入探讨</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>the practice session cannot be read: %1</source>
        <translation>无法读取练习：%1</translation>
    </message>
    <message>
        <source>no request class %1 was simulated</source>
        <translation>未模拟请求类别 %1</translation>
    </message>
    <message>
        <source>not simulated: %1</source>
        <translation>未模拟：%1</translation>
    </message>
    <message>
        <source>the design is not valid: %1</source>
        <translation>设计无效：%1</translation>
    </message>
    <message>
        <source>the reference design cannot be solved: %1</source>
        <translation>无法求解参考设计：%1</translation>
    </message>
    <message>
        <source>the design cannot be solved: %1</source>
        <translation>无法求解该设计：%1</translation>
    </message>
    <message>
        <source>the design cannot be solved at the reference&apos;s peak load: %1</source>
        <translation>在参考设计的峰值负载下无法求解该设计：%1</translation>
    </message>
    <message>
        <source>no request class is called %1</source>
        <translation>没有名为 %1 的请求类别</translation>
    </message>
    <message>
        <source>no request class is answered</source>
        <translation>没有任何请求类别得到应答</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>no component of kind %1</source>
        <translation>没有类型为 %1 的组件</translation>
    </message>
    <message>
        <source>%1 of kind %2 (%3), fewer than the %4 needed</source>
        <translation>类型为 %2 的组件有 %1 个（%3），少于所需的 %4 个</translation>
    </message>
    <message>
        <source>%1 of kind %2: %3</source>
        <translation>类型为 %2 的组件有 %1 个：%3</translation>
    </message>
    <message>
        <source>no component of kind %1 to pass</source>
        <translation>没有可供途经的类型为 %1 的组件</translation>
    </message>
    <message>
        <source>path: %1</source>
        <translation>路径：%1</translation>
    </message>
    <message>
        <source>no path from %1 to %2 passes a component of kind %3</source>
        <translation>从 %1 到 %2 的路径均不经过类型为 %3 的组件</translation>
    </message>
    <message>
        <source>no links lead from %1 to %2</source>
        <translation>没有从 %1 通往 %2 的链接</translation>
    </message>
    <message>
        <source>%1 is a %2 link</source>
        <translation>%1 是 %2 链接</translation>
    </message>
    <message>
        <source>no %1 link: %2</source>
        <translation>没有 %1 链接：%2</translation>
    </message>
    <message>
        <source>no link from %1 to %2</source>
        <translation>没有从 %1 到 %2 的链接</translation>
    </message>
    <message>
        <source>%1, within %2</source>
        <translation>%1，在 %2 范围内</translation>
    </message>
    <message>
        <source>%1; none within %2</source>
        <translation>%1；均不在 %2 范围内</translation>
    </message>
    <message>
        <source>the design&apos;s estimation gives no %1 (it needs %2)</source>
        <translation>设计的估算未得出 %1（需要 %2）</translation>
    </message>
    <message>
        <source>the template&apos;s estimation gives no %1</source>
        <translation>模板的估算未得出 %1</translation>
    </message>
    <message>
        <source>%1: %2 against the template&apos;s %3 (x%4, within x%5)</source>
        <translation>%1：%2，模板为 %3（x%4，在 x%5 以内）</translation>
    </message>
    <message>
        <source>%1: %2 against the template&apos;s %3 (x%4, more than x%5)</source>
        <translation>%1：%2，模板为 %3（x%4，超过 x%5）</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>more than %1 requests were in flight at t = %2 s, %3 of them waiting here: its arrivals exceed what it can serve, so its queue grows without end; the run stopped. Give it more instances or workers, or lower the load</source>
        <translation>t = %2 s 时有超过 %1 个请求在途，其中 %3 个在此等待：到达的请求超出它的服务能力，因此其队列无限增长；运行已停止。请为它增加实例或工作线程，或降低负载</translation>
    </message>
    <message>
        <source>more than %1 requests were waiting here at t = %2 s: its arrivals exceed what it can serve, so its queue grows without end; the run stopped. Give it more instances or workers, or lower the load</source>
        <translation>t = %2 s 时有超过 %1 个请求在此等待：到达的请求超出它的服务能力，因此其队列无限增长；运行已停止。请为它增加实例或工作线程，或降低负载</translation>
    </message>
    <message>
        <source>the warm-up (%1 s) must be shorter than the run (%2 s)</source>
        <translation>预热时间（%1 s）必须短于运行时长（%2 s）</translation>
    </message>
    <message>
        <source>a run of %1 s at %2 req/s would send about %3 requests per replication, more than the %4 a run allows; shorten the run</source>
        <translation>以 %2 req/s 运行 %1 s，每次重复运行约发送 %3 个请求，超过一次运行允许的 %4 个；请缩短运行时长</translation>
    </message>
    <message>
        <source>%1 requests per replication is more than the %2 a run allows</source>
        <translation>每次重复运行 %1 个请求，超过一次运行允许的 %2 个</translation>
    </message>
    <message>
        <source>no component &quot;%1&quot; to follow over time</source>
        <translation>没有可随时间跟踪的组件 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>components are not followed over time: the design has %1 queues, more than %2; name the ones to follow</source>
        <translation>未随时间跟踪各组件：设计有 %1 个队列，超过 %2 个；请指定要跟踪的组件</translation>
    </message>
    <message>
        <source>%1: a down instance keeps its share of the requests, for nothing checks its instances&apos; health (the analytic availability assumes they fail over); a load balancer with health checks in front of it would</source>
        <translation>%1：宕机的实例仍分到它那一份请求，因为没有任何东西检查其实例的健康状况（解析可用性假设它们会故障转移）；在它前面放一个带健康检查的负载均衡器即可</translation>
    </message>
    <message>
        <source>the stored results cannot be read (%1); run the simulation again</source>
        <translation>无法读取已保存的结果（%1）；请重新运行模拟</translation>
    </message>
    <message>
        <source>the stored run&apos;s %1 cannot be read</source>
        <translation>无法读取已保存运行中的 %1</translation>
    </message>
</context>
<context>
    <name>Solver</name>
    <message>
        <source>the design has no client with a workload, so no requests flow; add a client and give it a workload (a rate and its request classes)</source>
        <translation>设计中没有带负载的客户端，因此没有请求流动；请添加一个客户端并为其设置负载（速率及其请求类别）</translation>
    </message>
    <message>
        <source>requests of class &quot;%1&quot; loop: %2; in a cycle of call links every request would call itself for ever; remove a link of the cycle</source>
        <translation>类别 &quot;%1&quot; 的请求形成循环：%2；在由 call 链接构成的环中，每个请求都会无限地调用自身；请移除环中的一条链接</translation>
    </message>
    <message>
        <source>requests of class &quot;%1&quot; loop: %2; these choose links have no way out, so a request would go round for ever; add a way out or remove a link</source>
        <translation>类别 &quot;%1&quot; 的请求形成循环：%2；这些 choose 链接没有出口，请求会无限循环；请添加出口或移除一条链接</translation>
    </message>
    <message>
        <source>requests of class &quot;%1&quot; can come back: %2; the analytic solver needs routing without loops (no request or handed-off message returning to a component it passed); remove a link of the loop</source>
        <translation>类别 &quot;%1&quot; 的请求可能折返：%2；解析求解器要求路由中没有环路（任何请求或移交的消息都不能回到已经过的组件）；请移除环路中的一条链接</translation>
    </message>
    <message>
        <source>requests of class &quot;%1&quot; reach it, but its choose links for them (%2) all have weight 0, so they have nowhere to go; give one a weight above 0</source>
        <translation>类别 &quot;%1&quot; 的请求会到达此处，但其针对这些请求的 choose 链接（%2）权重均为 0，请求无处可去；请为其中一条设置大于 0 的权重</translation>
    </message>
    <message>
        <source>rates at the peak: each client&apos;s rate x its peak factor</source>
        <translation>峰值速率：每个客户端的速率 x 其峰值系数</translation>
    </message>
    <message>
        <source>rates at the average: each client&apos;s rate</source>
        <translation>平均速率：每个客户端的速率</translation>
    </message>
    <message>
        <source>the loads did not settle (drops and loads feed each other): the figures are the last round&apos;s</source>
        <translation>负载未能收敛（丢弃与负载相互影响）：数值为最后一轮的结果</translation>
    </message>
    <message>
        <source>%1: round robin over %2 instances is approximated (Allen-Cunneen, with Erlang gaps between arrivals)</source>
        <translation>%1：对 %2 个实例的轮询采用近似计算（Allen-Cunneen，到达间隔服从 Erlang 分布）</translation>
    </message>
    <message>
        <source>%1: least connections is approximated as one shared queue of %2 workers</source>
        <translation>%1：最少连接近似为一个由 %2 个工作线程共享的队列</translation>
    </message>
    <message>
        <source>%1 holds a worker while its calls are out: a worker is busy for its own service plus their response time (an M/G/c approximation)</source>
        <translation>%1 在调用未返回期间占用工作线程：工作线程的忙碌时间为自身服务时间加上这些调用的响应时间（M/G/c 近似）</translation>
    </message>
    <message>
        <source>%1 is overloaded (offered utilisation %2): its full queues drop %3 req/s</source>
        <translation>%1 过载（需求利用率 %2）：其已满的队列丢弃 %3 req/s</translation>
    </message>
    <message>
        <source>%1 is saturated (utilisation %2): requests through it have no finite latency</source>
        <translation>%1 已饱和（利用率 %2）：经过它的请求没有有限的延迟</translation>
    </message>
    <message>
        <source>%1 holds its workers while it waits for %2, which is saturated: it saturates too</source>
        <translation>%1 在等待已饱和的 %2 时占用其工作线程：它也因此饱和</translation>
    </message>
    <message>
        <source>%1 is reached only through saturated %2: its figures assume the offered load gets through</source>
        <translation>%1 只能经由已饱和的 %2 到达：其数值假设提供的负载能够全部通过</translation>
    </message>
    <message>
        <source>parallel calls wait for the slowest: its mean is approximated (Clark&apos;s normal approximation)</source>
        <translation>并行调用需等待最慢的一个：其均值采用近似计算（Clark 正态近似）</translation>
    </message>
    <message>
        <source>%1/%2 is a closed workload: %3 req/s by mean value analysis</source>
        <translation>%1/%2 是封闭负载：按均值分析为 %3 req/s</translation>
    </message>
    <message>
        <source>%1: %2 workers at one queue are too many for Erlang&apos;s exact recursion: its waits come from an approximation (within 1e-5)</source>
        <translation>%1：一个队列上的 %2 个工作线程对 Erlang 精确递推而言过多：其等待时间来自近似计算（误差在 1e-5 以内）</translation>
    </message>
    <message>
        <source>single points of failure are not named: the design has too many paths that every request must take</source>
        <translation>未列出单点故障：设计中每个请求都必须经过的路径过多</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Build a design</source>
        <translation>构建设计</translation>
    </message>
    <message>
        <source>&lt;p&gt;Drag a component from the &lt;b&gt;Components&lt;/b&gt; palette onto the canvas, or double-click it to drop it in the middle of the view. Hover a palette entry for one line about it; for the longer explanation choose &lt;b&gt;Help › What Is This?&lt;/b&gt; and click the entry. Click to select, Shift-click to add, drag on the bare canvas for an area; drag or use the arrow keys to move. &lt;b&gt;Arrange › Group into Zone&lt;/b&gt; puts the selection in a zone, which the inspector can make a region, an availability zone or a VPC; &lt;b&gt;Arrange › Auto-Layout&lt;/b&gt; tidies the selection, or the whole design when nothing is selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;将组件从&lt;b&gt;组件&lt;/b&gt;面板拖到画布上，或双击它，将其放到视图中央。将指针悬停在面板条目上可查看一行简介；要查看更详细的说明，请选择&lt;b&gt;帮助 › 这是什么？&lt;/b&gt;，然后单击该条目。单击可选择，Shift+单击可加入选择，在画布空白处拖动可框选一个区域；拖动或使用方向键可移动。&lt;b&gt;排列 › 组合为区域&lt;/b&gt;将所选内容放入一个区域，可在检查器中将该区域设为地域、可用区或 VPC；&lt;b&gt;排列 › 自动布局&lt;/b&gt;整理所选内容，未选择任何内容时则整理整个设计。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&lt;p&gt;Move the pointer near a box to see its connection dots, then drag from a dot (or the border) to another box: the link goes from the caller to what it calls. &lt;b&gt;Edit › Connect&lt;/b&gt; turns on connect mode, where a drag from anywhere on a box draws a link; Escape ends it. A link &lt;i&gt;calls&lt;/i&gt; (the caller waits), &lt;i&gt;hands off&lt;/i&gt; (asynchronous) or is one of the caller&apos;s &lt;i&gt;choose&lt;/i&gt; links, of which each request takes one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;将指针移近方框即可看到其连接点，然后从某个连接点（或边框）拖到另一个方框：链接从调用方指向被调用方。&lt;b&gt;编辑 › 连接&lt;/b&gt;开启连接模式，在此模式下从方框上任意位置拖动都会画出一条链接；按 Esc 结束。链接可以是&lt;i&gt;调用&lt;/i&gt;（调用方等待）、&lt;i&gt;移交&lt;/i&gt;（异步），或是调用方的&lt;i&gt;选择&lt;/i&gt;链接之一，每个请求从中走一条。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;Properties&lt;/b&gt; dock shows the fields of what is selected: a component&apos;s properties, service time and, for a client, its workload; a link&apos;s mode, latency, timeout, retries and circuit breaker; a zone&apos;s kind. With nothing selected it shows the design itself: its prompt, notes and assumptions. Several components of one kind are edited together, and every change is one step of &lt;b&gt;Edit › Undo&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;属性&lt;/b&gt;面板显示所选对象的字段：组件的属性、服务时间，以及客户端的负载；链接的模式、延迟、超时、重试和熔断器；区域的类型。未选择任何内容时，它显示设计本身：题目、备注和假设。同一类型的多个组件可一起编辑，每次更改都是&lt;b&gt;编辑 › 撤销&lt;/b&gt;中的一步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Estimate overlay and calculators</source>
        <translation>估算叠加层与计算器</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;View › Estimate Overlay&lt;/b&gt; solves the design after every edit and colours each component by its utilisation, marks the bottleneck and sums up the figures in a legend; &lt;b&gt;View › Use Peak Load&lt;/b&gt; switches between peak and average traffic. The &lt;b&gt;Calculators&lt;/b&gt; dock holds the back-of-envelope calculators (traffic, storage, cache, shards, availability and more) with their formulas; a result can be applied to a component as one undoable step, and &lt;i&gt;From the design&lt;/i&gt; fills them in from your design&apos;s own figures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;视图 › 估算叠加层&lt;/b&gt;在每次编辑后求解设计，按利用率为每个组件着色，标出瓶颈，并在图例中汇总各项数值；&lt;b&gt;视图 › 使用峰值负载&lt;/b&gt;在峰值流量和平均流量之间切换。&lt;b&gt;计算器&lt;/b&gt;面板提供用于粗略估算的计算器（流量、存储、缓存、分片、可用性等）及其公式；计算结果可以作为一个可撤销的步骤应用到组件上，&lt;i&gt;来自设计&lt;/i&gt;则用您设计中的数值填充计算器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The library and templates</source>
        <translation>设计库与模板</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>练习模式</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;File › Save&lt;/b&gt; writes the design as JSON. &lt;b&gt;File › Export&lt;/b&gt; draws it as a PNG image, an SVG drawing or a PDF document, the whole design or only the selection; a PNG carries the design inside, so opening it gives the editable design back. &lt;b&gt;Edit › Copy as Image&lt;/b&gt; puts it on the clipboard, and the Simulation dock&apos;s &lt;i&gt;Export&lt;/i&gt; writes a run&apos;s results as JSON or CSV and its charts as images.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;文件 › 保存&lt;/b&gt;将设计写为 JSON。&lt;b&gt;文件 › 导出&lt;/b&gt;将其绘制为 PNG 图像、SVG 图形或 PDF 文档，可以是整个设计，也可以只是所选内容；PNG 中内嵌了设计，因此打开它即可取回可编辑的设计。&lt;b&gt;编辑 › 复制为图像&lt;/b&gt;将其放到剪贴板上，模拟面板中的&lt;i&gt;导出&lt;/i&gt;则将一次运行的结果写为 JSON 或 CSV，并将其图表导出为图像。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Simulation and failures</source>
        <translation>模拟与故障</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Simulate › Run Simulation&lt;/b&gt; runs the design request by request on a worker thread; the &lt;b&gt;Simulation&lt;/b&gt; dock shows the summary, figures over time, the latency distribution, utilisation and queues. Schedule failures on the &lt;i&gt;Failures&lt;/i&gt; tab: select a component, then add an event or one of the reference designs&apos; scenarios (a server crash, a slow dependency, a network partition, a cache flush, a zone outage), or tick &lt;i&gt;Random failures&lt;/i&gt;. Keep a run as the baseline to compare the next ones; &lt;b&gt;Simulate › Find Capacity…&lt;/b&gt; finds the highest load that meets a p99 target.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;模拟 › 运行模拟&lt;/b&gt;在后台线程中逐个请求地运行设计；&lt;b&gt;模拟&lt;/b&gt;面板显示摘要、随时间变化的数值、延迟分布、利用率和队列。在&lt;i&gt;故障&lt;/i&gt;选项卡上安排故障：选择一个组件，然后添加一个事件或参考设计中的某个场景（服务器崩溃、依赖变慢、网络分区、缓存清空、区域宕机），或勾选&lt;i&gt;随机故障&lt;/i&gt;。可将一次运行保留为基线，用来与之后的运行比较；&lt;b&gt;模拟 › 查找容量…&lt;/b&gt;找出满足 p99 目标的最高负载。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;Library&lt;/b&gt; dock keeps your designs with thumbnails, each save kept as a version you can go back to; unsaved edits are kept as a draft and offered after a crash. &lt;b&gt;File › New from Template…&lt;/b&gt; starts from one of the ten reference designs (URL shortener, news feed, chat, e-commerce and more); &lt;b&gt;File › Add to Library&lt;/b&gt; keeps a design opened from a file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;设计库&lt;/b&gt;面板保存您的设计并附带缩略图，每次保存都会生成一个可以回退到的新版本；未保存的编辑会保留为草稿，并在崩溃后提供恢复。&lt;b&gt;文件 › 从模板新建…&lt;/b&gt;从十个参考设计之一开始（短网址、信息流、聊天、电商等）；&lt;b&gt;文件 › 添加到设计库&lt;/b&gt;将从文件打开的设计保存到设计库中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Practice › New Session…&lt;/b&gt; starts a timed interview practice on one of the problems, in the reference designs&apos; four phases: clarify, high-level design, deep dive and wrap-up. The reference design stays hidden; hints cost a point each. Submit scores your design and answers against the reference and opens a report you can export as PDF; &lt;b&gt;Practice › Progress…&lt;/b&gt; shows your sessions over time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;练习 › 新建练习…&lt;/b&gt;针对某个题目开始一次限时面试练习，包含参考设计中的四个阶段：澄清需求、高层设计、深入探讨和总结。参考设计保持隐藏；每使用一个提示扣一分。“提交”会将您的设计和回答与参考答案对照评分，并打开一份可导出为 PDF 的报告；&lt;b&gt;练习 › 进度…&lt;/b&gt;按时间显示您的历次练习。&lt;/p&gt;</translation>
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
        <translation>本程序不认识类型 &quot;%1&quot;（docs/FORMAT.md 列出了所有类型）</translation>
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
        <translation>缺少 &quot;version&quot;（本程序写入的版本为 %1）</translation>
    </message>
    <message>
        <source>this file is format version %1, newer than this studio reads (%2); open it with a newer System Design Studio</source>
        <translation>此文件的格式版本为 %1，比本程序能读取的版本（%2）更新；请用更新版本的 System Design Studio 打开</translation>
    </message>
    <message>
        <source>there is no format version %1; this studio reads version %2</source>
        <translation>不存在格式版本 %1；本程序读取版本 %2</translation>
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
    <message>
        <source>must list at least one kind</source>
        <translation>必须至少列出一种类型</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &gt;= 1, got %1</source>
        <translation>必须 &gt;= 1，实际为 %1</translation>
    </message>
    <message>
        <source>must be a finite number, got %1</source>
        <translation>必须是有限数，实际为 %1</translation>
    </message>
    <message>
        <source>kind %1 has no property &quot;%2&quot; (its numeric ones: %3)</source>
        <translation>类型 %1 没有属性 &quot;%2&quot;（其数值属性：%3）</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; of kind %2 is a %3, not a number</source>
        <translation>类型 %2 的属性 &quot;%1&quot; 是 %3，而不是数字</translation>
    </message>
    <message>
        <source>give &quot;min&quot;, &quot;max&quot; or both</source>
        <translation>请给出 &quot;min&quot;、&quot;max&quot; 或两者</translation>
    </message>
    <message>
        <source>%1 is above &quot;max&quot; (%2)</source>
        <translation>%1 大于 &quot;max&quot;（%2）</translation>
    </message>
    <message>
        <source>unknown quantity &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的量 &quot;%1&quot;（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>must be a finite number &gt;= 1, got %1</source>
        <translation>必须是 &gt;= 1 的有限数，实际为 %1</translation>
    </message>
    <message>
        <source>must be kebab-case (lowercase letters and digits joined by single hyphens), got &quot;%1&quot;</source>
        <translation>必须为 kebab-case（由单个连字符连接的小写字母和数字），实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must hold at least one item</source>
        <translation>必须至少包含一项</translation>
    </message>
    <message>
        <source>must hold at most %1 hints, got %2</source>
        <translation>最多只能包含 %1 条提示，实际为 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2[%3]</source>
        <translation>&quot;%1&quot; 已被 %2[%3] 使用</translation>
    </message>
    <message>
        <source>a template file holds one JSON object ({...}), got %1</source>
        <translation>模板文件应包含一个 JSON 对象（{...}），实际为 %1</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;: this is not a System Design Studio template</source>
        <translation>应为 &quot;%1&quot;，实际为 &quot;%2&quot;：这不是 System Design Studio 模板</translation>
    </message>
    <message>
        <source>this template is format version %1, newer than this studio reads (%2); open it with a newer System Design Studio</source>
        <translation>此模板的格式版本为 %1，比本程序能读取的版本（%2）更新；请用更新版本的 System Design Studio 打开</translation>
    </message>
    <message>
        <source>there is no template format version %1; this studio reads version %2</source>
        <translation>不存在模板格式版本 %1；本程序读取版本 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from the file name: expected &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 与文件名不一致：应为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is not a PNG image</source>
        <translation>不是 PNG 图像</translation>
    </message>
    <message>
        <source>holds no design: only PNG images exported by System Design Studio carry one</source>
        <translation>不包含设计：只有 System Design Studio 导出的 PNG 图像才带有设计</translation>
    </message>
    <message>
        <source>&quot;bends&quot; has %1 points; a link has at most %2</source>
        <translation>&quot;bends&quot; 有 %1 个点；一个链接最多 %2 个</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a device or a socket)</source>
        <translation>不是普通文件（而是管道、设备或套接字）</translation>
    </message>
    <message>
        <source>cannot save: %1 is not a regular file (a device, a pipe or a socket); choose another name</source>
        <translation>无法保存：%1 不是普通文件（而是设备、管道或套接字）；请换一个名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; applies only to %2 events; this is a %3 event</source>
        <translation>&quot;%1&quot; 仅适用于 %2 事件；这是一个 %3 事件</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels at line %2, column %3; a design file is never this deep</source>
        <translation>第 %2 行第 %3 列处嵌套超过 %1 层；设计文件不会嵌套这么深</translation>
    </message>
    <message>
        <source>is a damaged PNG image: its %1 is malformed</source>
        <translation>是损坏的 PNG 图像：其 %1 格式有误</translation>
    </message>
    <message>
        <source>its %1 inflates to more than %2 MB, more than a design holds</source>
        <translation>其 %1 解压后超过 %2 MB，超出一个设计的大小</translation>
    </message>
    <message>
        <source>is a damaged PNG image: the compressed text of its %1 does not inflate</source>
        <translation>是损坏的 PNG 图像：其 %1 中的压缩文本无法解压</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>is a damaged or truncated PNG image: it ends at byte %1, before its IEND chunk</source>
        <translation>是损坏或被截断的 PNG 图像：它在第 %1 字节处结束，早于其 IEND 数据块</translation>
    </message>
    <message>
        <source>is a damaged PNG image: no valid chunk at byte %1</source>
        <translation>是损坏的 PNG 图像：第 %1 字节处没有有效的数据块</translation>
    </message>
    <message>
        <source>is a damaged or truncated PNG image: it ends at byte %1, inside its %2</source>
        <translation>是损坏或被截断的 PNG 图像：它在第 %1 字节处结束，位于其 %2 之内</translation>
    </message>
    <message>
        <source>its %1 holds %2 MB, more than a design holds (%3 MB)</source>
        <translation>其 %1 有 %2 MB，超出一个设计的大小（%3 MB）</translation>
    </message>
    <message>
        <source>is a damaged PNG image: its %1 fails its checksum (CRC), so the design in it is not trusted</source>
        <translation>是损坏的 PNG 图像：其 %1 未通过校验和（CRC）检查，因此其中的设计不可信</translation>
    </message>
    <message>
        <source>mean must be at least %1 s (a nanosecond) on a station, got %2</source>
        <translation>服务站的 mean 必须至少为 %1 s（1 纳秒），实际为 %2</translation>
    </message>
    <message>
        <source>rate must be at least %1 req/s (one request in about 32 years), got %2</source>
        <translation>rate 必须至少为 %1 req/s（约 32 年一个请求），实际为 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty; it must name a zone</source>
        <translation>&quot;%1&quot; 为空；必须指定一个区域</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names component &quot;%2&quot;, but it must name a zone</source>
        <translation>&quot;%1&quot; 引用的是组件 &quot;%2&quot;，但必须指定一个区域</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names zone &quot;%2&quot;, which does not exist</source>
        <translation>&quot;%1&quot; 引用的区域 &quot;%2&quot; 不存在</translation>
    </message>
    <message>
        <source>&quot;target&quot; names zone &quot;%1&quot;; only a zone_down event strikes a zone, a %2 event strikes a component</source>
        <translation>&quot;target&quot; 引用的是区域 &quot;%1&quot;；只有 zone_down 事件作用于区域，%2 事件作用于组件</translation>
    </message>
    <message>
        <source>&quot;target&quot; names %1 &quot;%2&quot;, which takes no part in the traffic, so no failure can strike it</source>
        <translation>&quot;target&quot; 引用了 %1 &quot;%2&quot;，它不参与流量，因此任何故障都无法作用于它</translation>
    </message>
    <message>
        <source>&quot;target&quot; names %1 &quot;%2&quot;, which serves no requests, so it cannot be %3</source>
        <translation>&quot;target&quot; 引用了 %1 &quot;%2&quot;，它不处理任何请求，因此不能对它使用 %3 事件</translation>
    </message>
    <message>
        <source>instances must be &lt;= %1 (&quot;%2&quot; has %1), got %3; 0 takes them all down</source>
        <translation>instances 必须 &lt;= %1（&quot;%2&quot; 有 %1 个），实际为 %3；0 表示使全部实例宕机</translation>
    </message>
    <message>
        <source>&quot;target&quot; names %1 &quot;%2&quot;, which caches nothing; only a cache or CDN can be flushed</source>
        <translation>&quot;target&quot; 引用了 %1 &quot;%2&quot;，它不缓存任何内容；只有缓存或 CDN 才能被清空</translation>
    </message>
</context>
<context>
    <name>studio::app</name>
    <message>
        <source>No Design Library</source>
        <translation>没有设计库</translation>
    </message>
    <message>
        <source>There is no folder for the design library. Designs can still be saved as files.</source>
        <translation>没有可存放设计库的文件夹。设计仍可保存为文件。</translation>
    </message>
    <message>
        <source>Library Is Read-Only</source>
        <translation>设计库为只读</translation>
    </message>
    <message>
        <source>Cannot Open the Design Library</source>
        <translation>无法打开设计库</translation>
    </message>
    <message>
        <source>The design library %1 cannot be opened. The file is left as it is.</source>
        <translation>无法打开设计库 %1。该文件保持原样，未做改动。</translation>
    </message>
    <message>
        <source>Start a Fresh Library Beside It</source>
        <translation>在旁边新建设计库</translation>
    </message>
    <message>
        <source>Work Without a Library</source>
        <translation>不使用设计库继续</translation>
    </message>
</context>
<context>
    <name>studio::widgets</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported from System Design Studio</source>
        <translation>由 System Design Studio 导出</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>无法开始写入 SVG</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>无法编码 PNG</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>是文件夹</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the PNG could not be drawn</source>
        <translation>无法绘制 PNG</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ApplyBox</name>
    <message>
        <source>Apply to a client&apos;s workload</source>
        <translation>应用到客户端的负载</translation>
    </message>
    <message>
        <source>Apply to a cache</source>
        <translation>应用到缓存</translation>
    </message>
    <message>
        <source>Apply to a data store</source>
        <translation>应用到数据存储</translation>
    </message>
    <message>
        <source>No client with an open workload</source>
        <translation>没有带开放负载的客户端</translation>
    </message>
    <message>
        <source>No cache in the design</source>
        <translation>设计中没有缓存</translation>
    </message>
    <message>
        <source>No data store in the design</source>
        <translation>设计中没有数据存储</translation>
    </message>
    <message>
        <source>Sets the client&apos;s arrival rate to %1 (the average) and its peak factor to %2.</source>
        <translation>将客户端的到达速率设为 %1（平均值），峰值系数设为 %2。</translation>
    </message>
    <message>
        <source>Sets the cache&apos;s memory to %1 in all, split evenly over its shards.</source>
        <translation>将缓存的内存总量设为 %1，平均分配到各分片。</translation>
    </message>
    <message>
        <source>Sets the store&apos;s shard count to %1.</source>
        <translation>将存储的分片数设为 %1。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>No result to apply yet.</source>
        <translation>尚无可应用的结果。</translation>
    </message>
    <message>
        <source>Apply to %1 (one undo step)</source>
        <translation>应用到 %1（可一步撤销）</translation>
    </message>
</context>
<context>
    <name>studio::widgets::CalculationView</name>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Rounded to two significant digits, as the reference designs write estimates</source>
        <translation>四舍五入到两位有效数字，与参考设计中估算值的写法一致</translation>
    </message>
</context>
<context>
    <name>studio::widgets::CalculatorForm</name>
    <message>
        <source>default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>%1, comma-separated</source>
        <translation>%1，以逗号分隔</translation>
    </message>
    <message>
        <source>Expects %1.</source>
        <translation>应为%1。</translation>
    </message>
    <message>
        <source>Also takes a rate per day (e.g. 10/day).</source>
        <translation>也可填写每日速率（例如 10/day）。</translation>
    </message>
    <message>
        <source>Several values, separated by commas: a,b,c.</source>
        <translation>多个值，以逗号分隔：a,b,c。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Blank: %1.</source>
        <translation>留空时：%1。</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>可选。</translation>
    </message>
    <message>
        <source>Fill in %1 for a result.</source>
        <translation>填写 %1 即可得到结果。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::CalculatorList</name>
    <message>
        <source>Load and data</source>
        <translation>负载与数据</translation>
    </message>
    <message>
        <source>Reliability and latency</source>
        <translation>可靠性与延迟</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Search calculators</source>
        <translation>搜索计算器</translation>
    </message>
</context>
<context>
    <name>studio::widgets::CalculatorsPanel</name>
    <message>
        <source>Calculators</source>
        <translation>计算器</translation>
    </message>
    <message>
        <source>From the design</source>
        <translation>来自设计</translation>
    </message>
    <message>
        <source>SI units: 1 KB = 1,000 B (KiB, MiB, GiB are binary); a day is 86,400 s.</source>
        <translation>SI 单位：1 KB = 1,000 B（KiB、MiB、GiB 为二进制单位）；一天为 86,400 s。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::CapacityDialog</name>
    <message>
        <source>the p99 of %1 passes the target just above it</source>
        <translation>略高于此时 %1 的 p99 超过目标</translation>
    </message>
    <message>
        <source>%1 saturates just above it</source>
        <translation>略高于此时 %1 饱和</translation>
    </message>
    <message>
        <source>the failed requests pass the error-rate target just above it</source>
        <translation>略高于此时失败请求超过错误率目标</translation>
    </message>
    <message>
        <source>Error rate at most</source>
        <translation>错误率至多</translation>
    </message>
    <message>
        <source>Confirm by simulation at 90%, 100% and 110%</source>
        <translation>在 90%、100% 和 110% 处用模拟确认</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find Capacity</source>
        <translation>查找容量</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Every client&apos;s rate is scaled by one factor until a request class&apos;s p99 passes the target or a component saturates.</source>
        <translation>按同一系数放大每个客户端的速率，直到某个请求类别的 p99 超过目标或某个组件饱和。</translation>
    </message>
    <message>
        <source>p99 at most</source>
        <translation>p99 至多</translation>
    </message>
    <message>
        <source>Searching, then simulating around the answer…</source>
        <translation>正在搜索，然后在答案附近模拟…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>没有答案：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Highest rate meeting it: %1 req/s&lt;/b&gt;, %2 × the %3 req/s offered now.</source>
        <translation>&lt;b&gt;满足目标的最高速率：%1 req/s&lt;/b&gt;，为当前 %3 req/s 的 %2 倍。</translation>
    </message>
    <message>
        <source>Breaks first: %1 (%2 busy); %3.</source>
        <translation>最先出问题：%1（利用率 %2）；%3。</translation>
    </message>
    <message>
        <source>Doubling its %1 (%2 → %3) raises it to %4 req/s; then %5 breaks first.</source>
        <translation>将其 %1 翻倍（%2 → %3）可提升到 %4 req/s；之后 %5 最先出问题。</translation>
    </message>
    <message>
        <source>Simulated at %1%: no verdict (%2).</source>
        <translation>在 %1% 处模拟：无结论（%2）。</translation>
    </message>
    <message>
        <source>Simulated at %1%: p99 %2 (%3), %4 failed: %5.</source>
        <translation>在 %1% 处模拟：p99 %2（%3），失败 %4：%5。</translation>
    </message>
    <message>
        <source>meets the target</source>
        <translation>满足目标</translation>
    </message>
    <message>
        <source>misses it</source>
        <translation>未满足</translation>
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
        <translation>目标</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Offered rate (req/s)</source>
        <translation>提供速率（req/s）</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the search: what it found so far stays</source>
        <translation>停止搜索：保留目前已找到的结果</translation>
    </message>
    <message>
        <source>&lt;i&gt;Stopped: what the search found before it stopped.&lt;/i&gt;</source>
        <translation>&lt;i&gt;已停止：以下是停止前搜索到的结果。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ClarifyPage</name>
    <message>
        <source>One requirement a line: &quot;Shorten a long URL&quot;, &quot;Redirect a short URL with HTTP 301&quot;…</source>
        <translation>每行一条需求：“缩短长 URL”、“用 HTTP 301 重定向短 URL”…</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已询问</translation>
    </message>
    <message>
        <source>You asked the interviewer rather than assumed</source>
        <translation>您向面试官提问确认，而不是自行假设</translation>
    </message>
    <message>
        <source>Estimation worksheet</source>
        <translation>估算工作表</translation>
    </message>
    <message>
        <source>Functional requirements</source>
        <translation>功能需求</translation>
    </message>
    <message>
        <source>Non-functional requirements</source>
        <translation>非功能需求</translation>
    </message>
    <message>
        <source>Enter the daily users and what each does a day: the requests a second, storage and bandwidth follow here.</source>
        <translation>输入日活跃用户数以及每个用户每天的操作：每秒请求数、存储和带宽会在这里随之算出。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ComparisonTable</name>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>本次运行</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>better</source>
        <translation>更好</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>更差</translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>无显著差异</translation>
    </message>
    <message>
        <source>cannot tell (one replication)</source>
        <translation>无法判断（仅一次重复）</translation>
    </message>
    <message>
        <source>goodput/s</source>
        <translation>有效吞吐/秒</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>利用率</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ComponentForm</name>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unique and stable; links refer to the component by it.</source>
        <translation>唯一且稳定；链接通过它引用该组件。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Shown on the canvas.</source>
        <translation>显示在画布上。</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>The zone the component sits in; move it on the canvas to change it.</source>
        <translation>组件所在的区域；在画布上移动组件即可更改。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation>%1 个组件</translation>
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
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>%1, peak × %2</source>
        <translation>%1，峰值 × %2</translation>
    </message>
</context>
<context>
    <name>studio::widgets::DeepDivePage</name>
    <message>
        <source>What Breaks First?</source>
        <translation>什么最先出问题？</translation>
    </message>
    <message>
        <source>Ask Me a Curveball</source>
        <translation>向我抛个刁钻问题</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已涵盖</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>您的备注</translation>
    </message>
    <message>
        <source>Colour the canvas by the estimated load at the peak: the busiest component breaks first</source>
        <translation>按峰值时的估算负载为画布着色：最繁忙的组件最先出问题</translation>
    </message>
    <message>
        <source>Your answer to the interviewer</source>
        <translation>您对面试官的回答</translation>
    </message>
    <message>
        <source>Curveballs</source>
        <translation>刁钻问题</translation>
    </message>
    <message>
        <source>That was every curveball.</source>
        <translation>所有刁钻问题都已问完。</translation>
    </message>
    <message>
        <source>“%1”

Playing it against your design…</source>
        <translation>“%1”

正在您的设计上推演…</translation>
    </message>
    <message>
        <source>Not played: %1</source>
        <translation>未推演：%1</translation>
    </message>
    <message>
        <source>The interviewer may throw a curveball at your design: a failure, more traffic, a hot key.</source>
        <translation>面试官可能会针对您的设计抛出刁钻问题：一次故障、更多流量、一个热点键。</translation>
    </message>
    <message>
        <source>“%1”

On your design:
%2</source>
        <translation>“%1”

在您的设计上：
%2</translation>
    </message>
    <message>
        <source>“%1”

Draw your design first: %2</source>
        <translation>“%1”

请先画出您的设计：%2</translation>
    </message>
    <message>
        <source>The reference design&apos;s deep-dive prompts</source>
        <translation>参考设计的深入探讨问题</translation>
    </message>
</context>
<context>
    <name>studio::widgets::DesignEstimatePage</name>
    <message>
        <source>What the design&apos;s estimation inputs give. Edit them in the Properties panel with nothing selected.</source>
        <translation>设计的估算输入得出的结果。未选中任何内容时，可在“属性”面板中编辑这些输入。</translation>
    </message>
    <message>
        <source>No figures yet: give the design its daily active users and the actions a user makes a day.</source>
        <translation>尚无数值：请为设计填写日活跃用户数以及每个用户每天的操作次数。</translation>
    </message>
    <message>
        <source>Fill in a calculator</source>
        <translation>预填计算器</translation>
    </message>
    <message>
        <source>Open the %1 calculator with the design&apos;s inputs</source>
        <translation>用设计的输入打开 %1 计算器</translation>
    </message>
</context>
<context>
    <name>studio::widgets::DesignForm</name>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The design&apos;s name.</source>
        <translation>设计的名称。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>The prompt: what the system is for.</source>
        <translation>题目：这个系统的用途。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Trade-off, decision or open question</source>
        <translation>权衡、决策或待解决的问题</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Subject (e.g. estimation.dau)</source>
        <translation>主题（例如 estimation.dau）</translation>
    </message>
    <message>
        <source>The figure assumed, and why</source>
        <translation>假设的数值及理由</translation>
    </message>
    <message>
        <source>Add an assumption</source>
        <translation>添加假设</translation>
    </message>
    <message>
        <source>assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Estimation</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>功能需求</translation>
    </message>
    <message>
        <source>What the design must do, one requirement a line.</source>
        <translation>设计必须实现的功能，每行一条需求。</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99 延迟</translation>
    </message>
    <message>
        <source>End-to-end target for every request class; blank = none.</source>
        <translation>所有请求类别的端到端目标；留空 = 无要求。</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Fraction of time up, e.g. 0.999; blank = none.</source>
        <translation>正常运行的时间占比，例如 0.999；留空 = 无要求。</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Requests per second the design must sustain at peak; blank = none.</source>
        <translation>设计在峰值时必须承受的每秒请求数；留空 = 无要求。</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>持久性</translation>
    </message>
    <message>
        <source>Probability a stored object survives a year; blank = none.</source>
        <translation>已存储对象保存一年不丢失的概率；留空 = 无要求。</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>What readers may see after a write.</source>
        <translation>写入之后读取方可能看到的内容。</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强一致</translation>
    </message>
    <message>
        <source>eventual</source>
        <translation>最终一致</translation>
    </message>
    <message>
        <source>causal</source>
        <translation>因果一致</translation>
    </message>
    <message>
        <source>read your writes</source>
        <translation>读己之写</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>p99 (s)</source>
        <translation>p99 (s)</translation>
    </message>
    <message>
        <source>p99 latency by class</source>
        <translation>各类别的 p99 延迟</translation>
    </message>
    <message>
        <source>End-to-end targets of particular request classes.</source>
        <translation>特定请求类别的端到端目标。</translation>
    </message>
    <message>
        <source>a class name is needed</source>
        <translation>需要填写类别名称</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; is listed twice</source>
        <translation>类别 &quot;%1&quot; 重复列出</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>未命名设计</translation>
    </message>
    <message>
        <source>The share of the daily active users online at the same time, from 0 to 1 (0.05 = 5%); not a count of users.</source>
        <translation>同时在线的日活跃用户所占比例，取值 0 到 1（0.05 = 5%）；不是用户数。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::EditActions</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Connect (C): drag from one component to another to link them</source>
        <translation>连接 (C)：从一个组件拖到另一个组件即可连接它们</translation>
    </message>
    <message>
        <source>Drag from one component to another to link them; Escape or C again to stop</source>
        <translation>从一个组件拖到另一个组件即可连接它们；按 Esc 或再按 C 结束</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group into Zone</source>
        <translation>组合为区域(&amp;G)</translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation>取消组合(&amp;N)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>水平居中(&amp;C)</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>垂直居中(&amp;M)</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>底端对齐(&amp;B)</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>水平分布(&amp;H)</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>垂直分布(&amp;V)</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n item(s)</source>
        <translation>
            <numerusform>剪切 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message numerus="yes">
        <source>Ungroup %n zone(s)</source>
        <translation>
            <numerusform>取消 %n 个区域的组合</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>自动布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Straighten Links</source>
        <translation>拉直链接(&amp;S)</translation>
    </message>
</context>
<context>
    <name>studio::widgets::EditCommitter</name>
    <message>
        <source>Set %1 of %2 components</source>
        <translation>设置 %2 个组件的 %1</translation>
    </message>
</context>
<context>
    <name>studio::widgets::EstimateLegend</name>
    <message>
        <source>under 50% busy</source>
        <translation>利用率低于 50%</translation>
    </message>
    <message>
        <source>50–80%</source>
        <translation>50–80%</translation>
    </message>
    <message>
        <source>80–100%</source>
        <translation>80–100%</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>已饱和</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>未估算</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Utilisation under 50%: plenty of headroom.</source>
        <translation>利用率低于 50%：余量充足。</translation>
    </message>
    <message>
        <source>Utilisation from 50% to 80%: comfortable.</source>
        <translation>利用率 50% 至 80%：较为宽裕。</translation>
    </message>
    <message>
        <source>Utilisation from 80% to 100%: queues grow long; little headroom.</source>
        <translation>利用率 80% 至 100%：队列变长，余量很少。</translation>
    </message>
    <message>
        <source>Utilisation of 100% or more: more arrives than it can serve.</source>
        <translation>利用率达到或超过 100%：到达量超过其处理能力。</translation>
    </message>
    <message>
        <source>Not a queue (a client, a note) or no traffic reaches it.</source>
        <translation>不是队列（如客户端、注释），或没有流量到达。</translation>
    </message>
    <message>
        <source>A thick border: the component with the highest utilisation.</source>
        <translation>粗边框：利用率最高的组件。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::EstimateTexts</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
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
        <translation>无流量</translation>
    </message>
    <message>
        <source>No request reaches it at this load.</source>
        <translation>在此负载下没有请求到达此组件。</translation>
    </message>
    <message>
        <source>%1 req/s · %2</source>
        <translation>%1 req/s · %2</translation>
    </message>
    <message>
        <source>bottleneck · saturated</source>
        <translation>瓶颈 · 已饱和</translation>
    </message>
    <message>
        <source>bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>已饱和</translation>
    </message>
    <message>
        <source>Arrivals: %1 req/s</source>
        <translation>到达：%1 req/s</translation>
    </message>
    <message>
        <source>%1 %2 req/s</source>
        <translation>%1 %2 req/s</translation>
    </message>
    <message>
        <source>By class: %1</source>
        <translation>按类别：%1</translation>
    </message>
    <message>
        <source>Utilisation: %1 (the busiest of %2 queues)</source>
        <translation>利用率：%1（%2 个队列中最繁忙的一个）</translation>
    </message>
    <message>
        <source>Utilisation: %1</source>
        <translation>利用率：%1</translation>
    </message>
    <message>
        <source>Mean response: %1 · p99: %2</source>
        <translation>平均响应时间：%1 · p99：%2</translation>
    </message>
    <message>
        <source>Dropped: %1 req/s</source>
        <translation>丢弃：%1 req/s</translation>
    </message>
    <message>
        <source>The bottleneck: the highest utilisation in the design.</source>
        <translation>瓶颈：设计中利用率最高的组件。</translation>
    </message>
    <message>
        <source>Saturated: more arrives than it can serve; its queue grows without bound.</source>
        <translation>已饱和：到达量超过其处理能力，队列无限增长。</translation>
    </message>
    <message>
        <source>Saturated: its workers wait for %1, which is saturated.</source>
        <translation>已饱和：其工作线程在等待已饱和的 %1。</translation>
    </message>
    <message>
        <source>Behind %1, which is saturated: it gets what that one lets through.</source>
        <translation>位于已饱和的 %1 之后：只能得到它放行的流量。</translation>
    </message>
    <message>
        <source>≈ marks an approximation.</source>
        <translation>≈ 表示近似值。</translation>
    </message>
    <message>
        <source>Estimate at peak load</source>
        <translation>峰值负载下的估算</translation>
    </message>
    <message>
        <source>Estimate at average load</source>
        <translation>平均负载下的估算</translation>
    </message>
    <message>
        <source>No component carries traffic</source>
        <translation>没有组件承载流量</translation>
    </message>
    <message>
        <source>Bottleneck: %1 at %2</source>
        <translation>瓶颈：%1，利用率 %2</translation>
    </message>
    <message>
        <source>sustainable up to %1 req/s</source>
        <translation>最高可承受 %1 req/s</translation>
    </message>
    <message>
        <source>requirements: %1 met, %2 missed</source>
        <translation>需求：%1 项满足，%2 项未满足</translation>
    </message>
    <message>
        <source>availability %1</source>
        <translation>可用性 %1</translation>
    </message>
    <message>
        <source>No estimate for this design:</source>
        <translation>无法估算此设计：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……以及另外 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::widgets::ExportActions</name>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>复制为图像(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the selection, or the whole design when nothing is selected, as an image</source>
        <translation>将所选内容（未选择时为整个设计）复制为图像</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;PNG Image…</source>
        <translation>PNG 图像(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;SVG Drawing…</source>
        <translation>SVG 图形(&amp;S)…</translation>
    </message>
    <message>
        <source>P&amp;DF Document…</source>
        <translation>PDF 文档(&amp;D)…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Copied the design as an image</source>
        <translation>已将设计复制为图像</translation>
    </message>
    <message>
        <source>Copied the selection as an image</source>
        <translation>已将所选内容复制为图像</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Nothing was written; any file already there is unchanged.</source>
        <translation>未写入任何内容；已有的文件保持不变。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ExportDialog</name>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Pixels per canvas unit; lowered when the image would be larger than %1 pixels</source>
        <translation>每个画布单位的像素数；图像超过 %1 像素时自动降低</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>透明背景(&amp;T)</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
    <message>
        <source>&amp;Whole design</source>
        <translation>整个设计(&amp;W)</translation>
    </message>
    <message>
        <source>Se&amp;lection only</source>
        <translation>仅所选内容(&amp;L)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
</context>
<context>
    <name>studio::widgets::FailureEventDialog</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Edit Failure</source>
        <translation>编辑故障</translation>
    </message>
    <message>
        <source>When it begins, in seconds from the start of the run.</source>
        <translation>故障开始的时间，以距运行开始的秒数计。</translation>
    </message>
    <message>
        <source>How long it lasts.</source>
        <translation>故障持续的时长。</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>The component&apos;s service times are multiplied by it.</source>
        <translation>组件的服务时间将乘以此系数。</translation>
    </message>
    <message>
        <source>Factor:</source>
        <translation>系数：</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>How many of its instances go down; all of them at 0.</source>
        <translation>宕机的实例数；为 0 时全部宕机。</translation>
    </message>
    <message>
        <source>Instances:</source>
        <translation>实例数：</translation>
    </message>
    <message>
        <source>Silent: callers wait for their timeout</source>
        <translation>静默：调用方一直等到超时</translation>
    </message>
    <message>
        <source>Refuse: requests fail at once</source>
        <translation>拒绝：请求立即失败</translation>
    </message>
    <message>
        <source>Crash mode:</source>
        <translation>崩溃模式：</translation>
    </message>
    <message>
        <source>The zone the component is cut off from.</source>
        <translation>组件与之隔断的区域。</translation>
    </message>
    <message>
        <source>Cut off from:</source>
        <translation>隔断区域：</translation>
    </message>
    <message>
        <source>Seconds after the end for the hit ratio to climb back; 0 = at once.</source>
        <translation>故障结束后命中率回升所需的秒数；0 = 立即恢复。</translation>
    </message>
    <message>
        <source>Refill:</source>
        <translation>回填：</translation>
    </message>
</context>
<context>
    <name>studio::widgets::FailureTimeline</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Failure timeline</source>
        <translation>故障时间线</translation>
    </message>
    <message>
        <source>The failures the simulation runs, one row each. Arrow keys move the selected one, Shift+arrow changes its end, Up and Down select, Enter edits, Delete removes.</source>
        <translation>模拟中运行的故障，每行一个。方向键移动所选故障，Shift+方向键更改其结束时间，上下键选择，Enter 编辑，Delete 移除。</translation>
    </message>
    <message>
        <source>Down, silent</source>
        <translation>宕机，静默</translation>
    </message>
    <message>
        <source>Its instances answer nothing; callers wait for their timeout (a crashed host).</source>
        <translation>其实例不作任何应答；调用方一直等到超时（主机崩溃）。</translation>
    </message>
    <message>
        <source>Down, refusing</source>
        <translation>宕机，拒绝请求</translation>
    </message>
    <message>
        <source>Its instances fail each request at once (a dead process behind a live port).</source>
        <translation>其实例让每个请求立即失败（端口仍在，进程已死）。</translation>
    </message>
    <message>
        <source>Slowed ×k…</source>
        <translation>变慢 ×k…</translation>
    </message>
    <message>
        <source>Its service times multiplied by a factor you give.</source>
        <translation>其服务时间乘以您指定的系数。</translation>
    </message>
    <message>
        <source>Partitioned from a zone…</source>
        <translation>与区域隔断…</translation>
    </message>
    <message>
        <source>It and the components of a zone you choose cannot reach each other.</source>
        <translation>它与您所选区域中的组件之间无法互通。</translation>
    </message>
    <message>
        <source>Cache flushed</source>
        <translation>缓存被清空</translation>
    </message>
    <message>
        <source>A cache or CDN loses its contents: every request misses.</source>
        <translation>缓存或 CDN 丢失其内容：所有请求都未命中。</translation>
    </message>
    <message>
        <source>Zone down…</source>
        <translation>区域宕机…</translation>
    </message>
    <message>
        <source>Every component in a zone you choose is down.</source>
        <translation>您所选区域中的所有组件都宕机。</translation>
    </message>
    <message>
        <source>The selected failure&apos;s numbers (or double-click its bar).</source>
        <translation>所选故障的参数（或双击其时间条）。</translation>
    </message>
    <message>
        <source>Removes the selected failure (Delete).</source>
        <translation>移除所选故障（Delete）。</translation>
    </message>
    <message>
        <source>Schedules a failure on the component selected on the canvas, or one you choose.</source>
        <translation>为画布上所选的组件或您选择的组件安排故障。</translation>
    </message>
    <message>
        <source>Schedule Failure</source>
        <translation>安排故障</translation>
    </message>
    <message>
        <source>Service times of %1 multiplied by:</source>
        <translation>%1 的服务时间乘以：</translation>
    </message>
    <message>
        <source>Component:</source>
        <translation>组件：</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>No failures: select a component on the canvas and pick a Scenario, or Add one.</source>
        <translation>暂无故障：在画布上选择一个组件并选取“场景”，或“添加”一个故障。</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 秒</translation>
    </message>
    <message>
        <source>Past the end of the run (%1 s): the simulation does not get here.</source>
        <translation>超出运行结束时间（%1 秒）：模拟不会运行到这里。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer in the design: remove this failure or edit the design.</source>
        <translation>“%1”已不在设计中：请移除此故障或编辑设计。</translation>
    </message>
    <message>
        <source>Drag to move it, drag an edge to change its start or end; double-click for its numbers; Delete removes it.</source>
        <translation>拖动可移动它，拖动边缘可更改其开始或结束时间；双击查看其参数；按 Delete 移除。</translation>
    </message>
    <message>
        <source>The reference designs&apos; failure modes, on the component selected on the canvas: select one first.</source>
        <translation>参考设计中的故障模式，作用于画布上所选的组件：请先选择一个组件。</translation>
    </message>
    <message>
        <source>The reference designs&apos; failure modes, on %1.</source>
        <translation>参考设计中的故障模式，作用于 %1。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::FieldTexts</name>
    <message>
        <source>mixed</source>
        <translation>多个值</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Range: %1 .. %2</source>
        <translation>范围：%1 .. %2</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <source>users</source>
        <translation>个用户</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>份</translation>
    </message>
    <message>
        <source>items</source>
        <translation>个条目</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>1/day</source>
        <translation>次/天</translation>
    </message>
</context>
<context>
    <name>studio::widgets::FileActions</name>
    <message>
        <source>Save to Library</source>
        <translation>保存到库</translation>
    </message>
    <message>
        <source>Name of the design:</source>
        <translation>设计名称：</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>This design</source>
        <translation>此设计</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 有尚未保存的更改。是否在关闭前保存？</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>打开设计</translation>
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
        <source>Save Design As</source>
        <translation>设计另存为</translation>
    </message>
    <message>
        <source>Designs (*.json)</source>
        <translation>设计 (*.json)</translation>
    </message>
    <message>
        <source>Cannot Save Design</source>
        <translation>无法保存设计</translation>
    </message>
    <message>
        <source>%1 cannot be saved; your changes are still here, unsaved.</source>
        <translation>无法保存 %1；您的更改仍然保留，但尚未保存。</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>…and %1 more (see details).</source>
        <translation>……以及另外 %1 条（见详细信息）。</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>从模板新建(&amp;T)…</translation>
    </message>
    <message>
        <source>Add to &amp;Library</source>
        <translation>添加到设计库(&amp;L)</translation>
    </message>
    <message>
        <source>Keep this design in the library; Save then writes there</source>
        <translation>将此设计存入设计库；之后“保存”会写入设计库</translation>
    </message>
    <message>
        <source>The design cannot be saved to the library %1; your changes are still here, unsaved.</source>
        <translation>无法将设计保存到设计库 %1；您的更改仍然保留，但尚未保存。</translation>
    </message>
    <message>
        <source>Saved “%1” to the library</source>
        <translation>已将“%1”保存到设计库</translation>
    </message>
    <message>
        <source>Import Designs</source>
        <translation>导入设计</translation>
    </message>
    <message>
        <source>Cannot Import Design</source>
        <translation>无法导入设计</translation>
    </message>
    <message>
        <source>%1 cannot be added to the library; nothing in the library changed.</source>
        <translation>无法将 %1 添加到设计库；设计库未做任何更改。</translation>
    </message>
    <message>
        <source>Added “%1” to the library</source>
        <translation>已将“%1”添加到设计库</translation>
    </message>
    <message>
        <source>A design in the library %1 cannot be opened.</source>
        <translation>无法打开设计库 %1 中的设计。</translation>
    </message>
    <message>
        <source>Designs (*.json *.png);;Design files (*.json);;PNG images with a design (*.png);;All files (*)</source>
        <translation>设计 (*.json *.png);;设计文件 (*.json);;含设计的 PNG 图像 (*.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opened the design inside %1 as a new design</source>
        <translation>已将 %1 中的设计作为新设计打开</translation>
    </message>
</context>
<context>
    <name>studio::widgets::FindBar</name>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配 (Enter)</translation>
    </message>
    <message>
        <source>Find a component by name or kind</source>
        <translation>按名称或类型查找组件</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 个匹配</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个匹配</translation>
    </message>
</context>
<context>
    <name>studio::widgets::HighLevelPage</name>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Shard key</source>
        <translation>分片键</translation>
    </message>
    <message>
        <source>For example: POST /shorten {long_url} -&gt; {short_url}</source>
        <translation>例如：POST /shorten {long_url} -&gt; {short_url}</translation>
    </message>
    <message>
        <source>For example: url, in the URL database, sharded by short_id</source>
        <translation>例如：url，存于 URL 数据库，按 short_id 分片</translation>
    </message>
    <message>
        <source>Draw the components and their links on the canvas: clients, the entry point, services, data stores, caches, queues.</source>
        <translation>在画布上绘制组件及其链接：客户端、入口、服务、数据存储、缓存、队列。</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>数据模型</translation>
    </message>
</context>
<context>
    <name>studio::widgets::LatencyChart</name>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Share per band</source>
        <translation>各区间占比</translation>
    </message>
    <message>
        <source>Latency (ms, log scale)</source>
        <translation>延迟（毫秒，对数刻度）</translation>
    </message>
    <message>
        <source>Answered within (%)</source>
        <translation>在此时间内应答（%）</translation>
    </message>
    <message>
        <source>Share of requests (%)</source>
        <translation>请求占比（%）</translation>
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
最后修改：%2
组件：%3
修订版：%4</translation>
    </message>
    <message>
        <source>
From template: %1</source>
        <translation>
来自模板：%1</translation>
    </message>
</context>
<context>
    <name>studio::widgets::LibraryPanel</name>
    <message>
        <source>Delete Design</source>
        <translation>删除设计</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the library, with all its versions?</source>
        <translation>要从设计库中删除“%1”及其所有版本吗？</translation>
    </message>
    <message>
        <source>Search designs by name</source>
        <translation>按名称搜索设计</translation>
    </message>
    <message>
        <source>This library is read-only: %1</source>
        <translation>此设计库为只读：%1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add a design file to the library</source>
        <translation>将设计文件添加到设计库</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Version &amp;History…</source>
        <translation>版本历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>studio::widgets::LinkForm</name>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>The caller.</source>
        <translation>调用方。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>The component called.</source>
        <translation>被调用的组件。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Choose: one of the caller&apos;s choose-links is taken per request. Call: the caller waits for the answer. Handoff: the caller does not wait.</source>
        <translation>选择：每个请求走调用方的选择链接中的一条。调用：调用方等待应答。移交：调用方不等待。</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>选择其一</translation>
    </message>
    <message>
        <source>call (wait)</source>
        <translation>调用（等待）</translation>
    </message>
    <message>
        <source>handoff (async)</source>
        <translation>移交（异步）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Shown on the canvas.</source>
        <translation>显示在画布上。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The request classes that take this link, separated by commas; empty = every class.</source>
        <translation>走此链接的请求类别，以逗号分隔；留空 = 所有类别。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Relative share among the caller&apos;s eligible choose-links; 0 keeps the link unused.</source>
        <translation>在调用方符合条件的选择链接中所占的相对份额；0 表示不使用此链接。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Calls of one step run in parallel; steps run in order.</source>
        <translation>同一步骤中的调用并行执行；各步骤按顺序执行。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Miss or hit: only when the previous step&apos;s cache or CDN missed (or hit).</source>
        <translation>未命中或命中：仅当上一步的缓存或 CDN 未命中（或命中）时。</translation>
    </message>
    <message>
        <source>always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>on a miss</source>
        <translation>未命中时</translation>
    </message>
    <message>
        <source>on a hit</source>
        <translation>命中时</translation>
    </message>
    <message>
        <source>Multiplicity</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>msg/req</source>
        <translation>msg/req</translation>
    </message>
    <message>
        <source>Messages sent per request, on average (a fan-out).</source>
        <translation>每个请求平均发送的消息数（扇出）。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>One way; a call pays it there and back (same data centre: 0.00025).</source>
        <translation>单程；一次调用往返各计一次（同一数据中心：0.00025）。</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>The caller&apos;s, per attempt; 0 = wait for ever.</source>
        <translation>调用方的超时，按每次尝试计；0 = 一直等待。</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>熔断器</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>链接 %1</translation>
    </message>
    <message>
        <source>Max concurrent</source>
        <translation>最大并发</translation>
    </message>
    <message>
        <source>The caller&apos;s bulkhead: its calls in progress on this link per instance; more fail at once. 0 = no limit.</source>
        <translation>调用方的舱壁（bulkhead）：每个实例在此连接上进行中的调用数；超出的调用立即失败。0 = 不限制。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::MainWindow</name>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <source>About System Design Studio</source>
        <translation>关于 System Design Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;System Design Studio %1&lt;/h3&gt;&lt;p&gt;Sketch a distributed system the way you would on a whiteboard, then ask it questions: requests per second, storage, what breaks first, the p99 at peak.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;System Design Studio %1&lt;/h3&gt;&lt;p&gt;像在白板上一样勾画一个分布式系统，然后向它提问：每秒请求数、存储量、什么最先崩溃、峰值时的 p99 延迟。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Components: %1 · Links: %2 · Zones: %3</source>
        <translation>组件：%1 · 链接：%2 · 区域：%3</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — System Design Studio</source>
        <translation>%1（%2）[*] — System Design Studio</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>计算器</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>设计库</translation>
    </message>
    <message>
        <source>Opened “%1” from the library</source>
        <translation>已从设计库打开“%1”</translation>
    </message>
    <message>
        <source>The version was restored in the library; the open copy keeps your unsaved changes</source>
        <translation>已在设计库中恢复该版本；当前打开的副本保留您未保存的更改</translation>
    </message>
    <message>
        <source>a new design</source>
        <translation>新设计</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>System Design Studio did not close properly. Unsaved changes to %1 were kept at %2.</source>
        <translation>System Design Studio 未正常关闭。对 %1 的未保存更改已于 %2 保留下来。</translation>
    </message>
    <message>
        <source>Restore them now, discard them, or decide at the next start.</source>
        <translation>您可以现在恢复、丢弃这些更改，或在下次启动时再决定。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>&amp;Estimate Overlay</source>
        <translation>估算叠加层(&amp;E)</translation>
    </message>
    <message>
        <source>Colour each component by its estimated utilisation and mark the bottleneck</source>
        <translation>按估算的利用率为每个组件着色，并标出瓶颈</translation>
    </message>
    <message>
        <source>Use &amp;Peak Load</source>
        <translation>使用峰值负载(&amp;P)</translation>
    </message>
    <message>
        <source>Estimate at each client&apos;s rate × its peak factor; off: at the average rate</source>
        <translation>按每个客户端的速率 × 其峰值系数估算；关闭时按平均速率估算</translation>
    </message>
    <message>
        <source>library</source>
        <translation>设计库</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>运行模拟(&amp;R)</translation>
    </message>
    <message>
        <source>Simulate the design as it is now on a worker thread</source>
        <translation>在后台线程中按当前状态模拟设计</translation>
    </message>
    <message>
        <source>&amp;Cancel Simulation</source>
        <translation>取消模拟(&amp;C)</translation>
    </message>
    <message>
        <source>Si&amp;mulation Overlay</source>
        <translation>模拟叠加层(&amp;M)</translation>
    </message>
    <message>
        <source>Colour each component by its simulated utilisation in the last run</source>
        <translation>按上次运行中模拟的利用率为每个组件着色</translation>
    </message>
    <message>
        <source>Find Ca&amp;pacity…</source>
        <translation>查找容量(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>练习(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;What Is This?</source>
        <translation>这是什么？(&amp;W)</translation>
    </message>
</context>
<context>
    <name>studio::widgets::Minimap</name>
    <message>
        <source>Click or drag to move the canvas; the wheel zooms</source>
        <translation>单击或拖动以移动画布；滚轮缩放</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PaletteWidget</name>
    <message>
        <source>Search components</source>
        <translation>搜索组件</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticeActions</name>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>新建练习(&amp;N)…</translation>
    </message>
    <message>
        <source>A timed interview practice: clarify, design, deep dive, wrap up</source>
        <translation>限时面试练习：澄清需求、设计、深入探讨、总结</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>进度(&amp;P)…</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>练习：%1</translation>
    </message>
    <message>
        <source>Practice Progress</source>
        <translation>练习进度</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>练习记录</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticeClockBar</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Next Phase</source>
        <translation>下一阶段</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 分钟</translation>
    </message>
    <message>
        <source>Five more minutes for this phase</source>
        <translation>为本阶段延长五分钟</translation>
    </message>
    <message>
        <source>On to the next phase of the framework</source>
        <translation>进入框架的下一阶段</translation>
    </message>
    <message>
        <source>No practice session</source>
        <translation>没有进行中的练习</translation>
    </message>
    <message>
        <source>Time is over</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>Phase %1 of 4: %2</source>
        <translation>第 %1 阶段（共 4 个）：%2</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticePanel</name>
    <message>
        <source>Hint (−1 point)</source>
        <translation>提示（−1 分）</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Score your design and answers against the reference</source>
        <translation>对照参考设计为您的设计和回答评分</translation>
    </message>
    <message>
        <source>%1 has run over its time: move on when you are ready (Next Phase), or take five more minutes.</source>
        <translation>%1 已超出计划时间：准备好后请继续（下一阶段），或再延长五分钟。</translation>
    </message>
    <message>
        <source>That was the wrap up: submit when you are ready.</source>
        <translation>总结阶段已结束：准备好后请提交。</translation>
    </message>
    <message>
        <source>Time is up: your session was submitted.</source>
        <translation>时间到：您的练习已提交。</translation>
    </message>
    <message>
        <source>Interview practice</source>
        <translation>面试练习</translation>
    </message>
    <message>
        <source>Practice &gt; New Session… starts a timed practice on one of the ten problems or your own prompt.</source>
        <translation>练习 &gt; 新建练习… 会以十道题目之一或您自己的题目开始一次限时练习。</translation>
    </message>
    <message>
        <source>The session could not be kept in the library:
%1</source>
        <translation>无法将练习保存到设计库：
%1</translation>
    </message>
    <message>
        <source>No more hints: your design has what the rubric asks for, or you have seen every answer.</source>
        <translation>没有更多提示了：您的设计已具备评分标准要求的内容，或者您已看过所有答案。</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>A nudge</source>
        <translation>轻微提示</translation>
    </message>
    <message>
        <source>A pointer</source>
        <translation>明确提示</translation>
    </message>
    <message numerus="yes">
        <source>%1 (hints so far cost %n point(s)): %2</source>
        <translation>
            <numerusform>%1（提示累计已扣 %n 分）：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticeReport</name>
    <message>
        <source>Practice Report: %1</source>
        <translation>练习报告：%1</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Estimates, targets and time</source>
        <translation>估算、目标与用时</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自我评估</translation>
    </message>
    <message>
        <source>Your design and the reference</source>
        <translation>您的设计与参考设计</translation>
    </message>
    <message>
        <source>Your design</source>
        <translation>您的设计</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>No program can judge these. Compare your answer with the reference&apos;s and rate yourself: the rating is kept with the session.</source>
        <translation>这些内容无法由程序评判。请将您的回答与参考答案对比并自我评分：评分会随练习一起保存。</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>How did you do?</source>
        <translation>您做得如何？</translation>
    </message>
    <message>
        <source>Export Practice Report</source>
        <translation>导出练习报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticeReportPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Your design</source>
        <translation>您的设计</translation>
    </message>
    <message>
        <source>Your canvas is empty</source>
        <translation>您的画布为空</translation>
    </message>
    <message>
        <source>The reference design: %1</source>
        <translation>参考设计：%1</translation>
    </message>
    <message>
        <source>Practice report: %1</source>
        <translation>练习报告：%1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <source>both drawn at %1% of their size</source>
        <translation>两者均按原尺寸的 %1% 绘制</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF 的写入</translation>
    </message>
</context>
<context>
    <name>studio::widgets::PracticeSetupDialog</name>
    <message>
        <source>New Practice Session</source>
        <translation>新建练习</translation>
    </message>
    <message>
        <source>A random problem</source>
        <translation>随机题目</translation>
    </message>
    <message>
        <source>Your own prompt</source>
        <translation>自定义题目</translation>
    </message>
    <message>
        <source>Design a pastebin</source>
        <translation>设计一个 Pastebin</translation>
    </message>
    <message>
        <source>The prompt as an interviewer would give it: what to build, for how many users.</source>
        <translation>按面试官出题的方式描述题目：要构建什么，面向多少用户。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Which problem? The reference design stays hidden until the report.</source>
        <translation>选择哪道题？参考设计在报告中才会显示。</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 分钟</translation>
    </message>
    <message>
        <source>Phases: %1.</source>
        <translation>各阶段：%1。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ProgressView</name>
    <message>
        <source>Score over time</source>
        <translation>得分随时间的变化</translation>
    </message>
    <message>
        <source>Score by rubric category</source>
        <translation>按评分标准类别的得分</translation>
    </message>
    <message>
        <source>Missed rubric item</source>
        <translation>未满足的评分项</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed most often&lt;/b&gt;</source>
        <translation>&lt;b&gt;最常未满足&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>题目(&amp;P)：</translation>
    </message>
    <message>
        <source>Your own prompts</source>
        <translation>自定义题目</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>所有题目</translation>
    </message>
    <message>
        <source>The practice sessions could not be read: %1</source>
        <translation>无法读取练习记录：%1</translation>
    </message>
    <message>
        <source>No submitted practice sessions yet: submit a session to see its score here.</source>
        <translation>还没有已提交的练习：提交一次练习即可在此查看其得分。</translation>
    </message>
    <message>
        <source>No practice sessions yet: Practice &gt; New Session…</source>
        <translation>还没有练习：练习 &gt; 新建练习…</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>得分（%）</translation>
    </message>
    <message>
        <source>%1
%2: %3%</source>
        <translation>%1
%2：%3%</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 次中 %1 次</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 次练习</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 次练习</translation>
    </message>
    <message>
        <source>average %1%</source>
        <translation>平均 %1%</translation>
    </message>
    <message>
        <source>best %1%</source>
        <translation>最佳 %1%</translation>
    </message>
    <message numerus="yes">
        <source>trend %1 points (last %n vs the %n before)</source>
        <translation>
            <numerusform>趋势 %1 分（最近 %n 次对比之前 %n 次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not submitted yet</source>
        <translation>
            <numerusform>%n 次尚未提交</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::widgets::QueueChart</name>
    <message>
        <source>Tick the components whose queues to draw</source>
        <translation>勾选要绘制其队列的组件</translation>
    </message>
    <message>
        <source>%1 (%2 waiting)</source>
        <translation>%1（%2 个等待）</translation>
    </message>
    <message>
        <source>Requests waiting</source>
        <translation>等待中的请求</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ReportDiagrams</name>
    <message>
        <source>Your design (%1%)</source>
        <translation>您的设计（%1%）</translation>
    </message>
    <message>
        <source>Your canvas is empty</source>
        <translation>您的画布为空</translation>
    </message>
    <message>
        <source>The reference design (%1%, the same scale)</source>
        <translation>参考设计（%1%，相同比例）</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ReportSelfAssessment</name>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>missed it</source>
        <translation>未答到</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>部分答到</translation>
    </message>
    <message>
        <source>as the reference</source>
        <translation>与参考答案相当</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>not sharded</source>
        <translation>未分片</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Shard key</source>
        <translation>分片键</translation>
    </message>
    <message>
        <source>You wrote nothing here.</source>
        <translation>您在此处没有填写任何内容。</translation>
    </message>
    <message>
        <source>A custom prompt has no reference answer: rate yourself against what a good answer needs.</source>
        <translation>自定义题目没有参考答案：请对照好答案应具备的内容自我评分。</translation>
    </message>
    <message>
        <source>The API serves the reference&apos;s functional requirements:</source>
        <translation>该 API 满足参考设计的功能需求：</translation>
    </message>
    <message>
        <source>The reference has no note on this: its diagram is its answer.</source>
        <translation>参考设计对此没有说明：它的架构图就是答案。</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自我评估</translation>
    </message>
    <message>
        <source>your rating: %1</source>
        <translation>您的评分：%1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>参考答案</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ReportText</name>
    <message>
        <source>1 point</source>
        <translation>1 分</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Reads per second</source>
        <translation>每秒读取数</translation>
    </message>
    <message>
        <source>Writes per second</source>
        <translation>每秒写入数</translation>
    </message>
    <message>
        <source>Peak requests per second</source>
        <translation>峰值每秒请求数</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Concurrent connections</source>
        <translation>并发连接数</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>None to compare: your worksheet gives none of the reference&apos;s figures.</source>
        <translation>无可比较：您的估算工作表中没有参考设计的任何数值。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考值</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许范围</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>%1 以内</translation>
    </message>
    <message>
        <source>p99 latency at most %1</source>
        <translation>p99 延迟至多 %1</translation>
    </message>
    <message>
        <source>p99 latency of %1 at most %2</source>
        <translation>%1 的 p99 延迟至多 %2</translation>
    </message>
    <message>
        <source>availability at least %1</source>
        <translation>可用性至少 %1</translation>
    </message>
    <message>
        <source>throughput at least %1 req/s</source>
        <translation>吞吐量至少 %1 req/s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 req/s sustainable</source>
        <translation>可承受 %1 req/s</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>At the reference&apos;s peak load of %1 req/s (your clients &amp;times;%2 of their own %3 req/s):</source>
        <translation>在参考设计的峰值负载 %1 req/s 下（您的客户端为其自身 %3 req/s 的 &amp;times;%2）：</translation>
    </message>
    <message>
        <source>Not judged: %1</source>
        <translation>未评判：%1</translation>
    </message>
    <message>
        <source>Simulated at the same load (no points):</source>
        <translation>在相同负载下模拟（不计分）：</translation>
    </message>
    <message>
        <source>Not scored: a custom prompt has no rubric</source>
        <translation>未评分：自定义题目没有评分标准</translation>
    </message>
    <message>
        <source>%1 of %2 points, %3%</source>
        <translation>%2 分中得 %1 分，%3%</translation>
    </message>
    <message>
        <source>No hints taken</source>
        <translation>未使用提示</translation>
    </message>
    <message>
        <source>Hints taken: %1</source>
        <translation>已用提示：%1</translation>
    </message>
    <message>
        <source>Hints taken: %1 (they cost %2)</source>
        <translation>已用提示：%1（扣 %2）</translation>
    </message>
    <message>
        <source>Rate yourself under Self-assessment: compare your answers with what a good answer needs.</source>
        <translation>请在“自我评估”中为自己评分：将您的回答与好答案应具备的内容进行对比。</translation>
    </message>
    <message>
        <source>Good: %1 all met.</source>
        <translation>很好：%1 全部满足。</translation>
    </message>
    <message>
        <source>No part of the rubric is fully met yet.</source>
        <translation>评分标准中还没有任何部分被完全满足。</translation>
    </message>
    <message>
        <source>%1 of %2 targets met at the reference&apos;s peak load.</source>
        <translation>在参考设计的峰值负载下满足了 %2 个目标中的 %1 个。</translation>
    </message>
    <message>
        <source>Nothing in the rubric is missing.</source>
        <translation>评分标准要求的内容均已具备。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>A custom prompt has no rubric and no reference design: nothing is scored. Rate your answers under Self-assessment; your design is under Your design.</source>
        <translation>自定义题目既没有评分标准也没有参考设计：不进行评分。请在“自我评估”中为您的回答评分；您的设计见“您的设计”。</translation>
    </message>
    <message>
        <source>Missed (%1 of %2 items)</source>
        <translation>未满足（%2 项中的 %1 项）</translation>
    </message>
    <message>
        <source>Nothing: every rubric item is met.</source>
        <translation>无：所有评分项均已满足。</translation>
    </message>
    <message>
        <source>Met (%1 of %2 items)</source>
        <translation>已满足（%2 项中的 %1 项）</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Time per phase</source>
        <translation>各阶段用时</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>实际用时</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划用时</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Practice report: %1</source>
        <translation>练习报告：%1</translation>
    </message>
    <message>
        <source>&amp;mdash; the reference design</source>
        <translation>&amp;mdash; 内置参考设计</translation>
    </message>
</context>
<context>
    <name>studio::widgets::RequestClassTable</name>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Request
bytes</source>
        <translation>请求
字节数</translation>
    </message>
    <message>
        <source>Response
bytes</source>
        <translation>响应
字节数</translation>
    </message>
    <message>
        <source>Request classes</source>
        <translation>请求类别</translation>
    </message>
    <message>
        <source>The kinds of request this client sends and their shares of its traffic; the mixes add up to 1. Reads may be served by any replica, writes are applied by every replica.</source>
        <translation>该客户端发送的请求类型及其在流量中的占比；各占比之和为 1。读请求可由任一副本处理，写请求由每个副本执行。</translation>
    </message>
    <message>
        <source>request classes</source>
        <translation>请求类别</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ResultsSummary</name>
    <message>
        <source>Client / class</source>
        <translation>客户端 / 类别</translation>
    </message>
    <message>
        <source>Goodput/s</source>
        <translation>有效吞吐/秒</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
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
        <translation>已应答</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Mean queue</source>
        <translation>平均队列</translation>
    </message>
    <message>
        <source>Mean response</source>
        <translation>平均响应</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Replications: %1 of %2 s simulated (seed %3), %4 s measured after the warm-up in each; ± is the 95% interval, [ ] the analytic estimate, * where it lies outside the interval.</source>
        <translation>重复次数：%1 次，每次模拟 %2 秒（种子 %3），预热后各测量 %4 秒；± 为 95% 区间，[ ] 为解析估计，* 表示估计落在区间之外。</translation>
    </message>
    <message>
        <source>and %1 more (marked *)</source>
        <translation>以及另外 %1 项（标有 *）</translation>
    </message>
    <message>
        <source>The simulation and the analytic estimate agree within the intervals.</source>
        <translation>模拟与解析估计在区间内一致。</translation>
    </message>
    <message>
        <source>Beyond the interval: %1</source>
        <translation>超出区间：%1</translation>
    </message>
    <message>
        <source>%1: %2 %3 against %4 analytic</source>
        <translation>%1：%2 %3，解析值 %4</translation>
    </message>
    <message>
        <source>goodput</source>
        <translation>有效吞吐</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>%1 dropped, %2 refused, %3 timed out</source>
        <translation>丢弃 %1，拒绝 %2，超时 %3</translation>
    </message>
    <message>
        <source>%1: utilisation %2 against %3 analytic</source>
        <translation>%1：利用率 %2，解析值 %3</translation>
    </message>
    <message>
        <source>%1 served for callers gone</source>
        <translation>%1 个请求在调用方放弃后仍被处理</translation>
    </message>
    <message>
        <source>%1 skipped expired</source>
        <translation>跳过 %1 个过期请求</translation>
    </message>
    <message>
        <source>%1 refused by bulkheads</source>
        <translation>%1 个被舱壁拒绝</translation>
    </message>
    <message>
        <source>%1 failed fast by breakers</source>
        <translation>%1 个被熔断器快速失败</translation>
    </message>
    <message>
        <source>%1 calls retried</source>
        <translation>重试 %1 次调用</translation>
    </message>
</context>
<context>
    <name>studio::widgets::RetryFields</name>
    <message>
        <source>Max retries</source>
        <translation>最大重试次数</translation>
    </message>
    <message>
        <source>Extra attempts after the first; 0 = no retries.</source>
        <translation>首次尝试之后的额外尝试次数；0 = 不重试。</translation>
    </message>
    <message>
        <source>Retry budget</source>
        <translation>重试预算</translation>
    </message>
    <message>
        <source>Retries allowed as a fraction of first attempts.</source>
        <translation>允许的重试次数占首次尝试次数的比例。</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>退避</translation>
    </message>
    <message>
        <source>Wait before the first retry, doubled on each next one.</source>
        <translation>首次重试前的等待时间，之后每次重试翻倍。</translation>
    </message>
    <message>
        <source>Max backoff</source>
        <translation>最大退避</translation>
    </message>
    <message>
        <source>Cap on the doubling; at least the backoff.</source>
        <translation>翻倍的上限；不小于退避时间。</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <source>Full jitter: wait a random time between 0 and the backoff.</source>
        <translation>完全抖动：在 0 到退避时间之间随机等待。</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>熔断器</translation>
    </message>
    <message>
        <source>Whether the caller fails fast once this link keeps failing.</source>
        <translation>当此链接持续失败时，调用方是否快速失败。</translation>
    </message>
    <message>
        <source>Failure ratio</source>
        <translation>失败率</translation>
    </message>
    <message>
        <source>Opens when the failure ratio over the window reaches this.</source>
        <translation>当窗口内的失败率达到此值时熔断。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>个请求</translation>
    </message>
    <message>
        <source>Requests the failure ratio is measured over.</source>
        <translation>计算失败率所依据的请求数。</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>熔断时长</translation>
    </message>
    <message>
        <source>How long it fails fast before letting one probe through.</source>
        <translation>放行一个探测请求之前快速失败的时长。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::RowTable</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>studio::widgets::RunHistory</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>有效吞吐</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>Show this run&apos;s results again, as they were.</source>
        <translation>重新显示此次运行当时的结果。</translation>
    </message>
    <message>
        <source>Remove this run from the design&apos;s history.</source>
        <translation>从设计的历史记录中移除此次运行。</translation>
    </message>
    <message>
        <source>This run could not be kept in the library:
%1</source>
        <translation>无法将此次运行保存到设计库：
%1</translation>
    </message>
    <message>
        <source>The studio runs without a library: runs are not kept.</source>
        <translation>程序当前未使用设计库：不会保存运行记录。</translation>
    </message>
    <message>
        <source>Runs are kept with designs in the library: save this design to the library (File &gt; Save) to keep its runs here.</source>
        <translation>运行记录随设计一起保存在设计库中：请将此设计保存到设计库（文件 &gt; 保存），以便在此保留其运行记录。</translation>
    </message>
    <message>
        <source>No runs kept yet: every finished run (F5) of this design is kept here.</source>
        <translation>尚未保存任何运行：此设计每次完成的运行（F5）都会保存在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) of this design, the newest first.</source>
        <translation>
            <numerusform>此设计的 %n 次运行，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + edits</source>
        <translation>%1 + 修改</translation>
    </message>
    <message>
        <source>%1 s × %2</source>
        <translation>%1 s × %2</translation>
    </message>
    <message>
        <source>This run cannot be shown:
%1</source>
        <translation>无法显示此次运行：
%1</translation>
    </message>
    <message>
        <source>the run of %1 (revision %2 with edits)</source>
        <translation>%1 的运行（修订版 %2，含修改）</translation>
    </message>
    <message>
        <source>the run of %1 (revision %2)</source>
        <translation>%1 的运行（修订版 %2）</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ServiceEditor</name>
    <message>
        <source>exponential</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>deterministic</source>
        <translation>确定性</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>对数正态</translation>
    </message>
    <message>
        <source>hyperexponential</source>
        <translation>超指数</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>How service times vary around their mean.</source>
        <translation>服务时间围绕均值的波动方式。</translation>
    </message>
    <message>
        <source>Mean service time</source>
        <translation>平均服务时间</translation>
    </message>
    <message>
        <source>Seconds one worker is busy with one request, not counting the time it waits for its calls.</source>
        <translation>一个工作线程处理一个请求所用的秒数，不含等待其调用返回的时间。</translation>
    </message>
    <message>
        <source>Variation (cv)</source>
        <translation>变异系数 (cv)</translation>
    </message>
    <message>
        <source>Coefficient of variation: standard deviation / mean. 1 for exponential, 0 for deterministic, above 0 for lognormal, at least 1 for hyperexponential.</source>
        <translation>变异系数：标准差 / 均值。指数分布为 1，确定性分布为 0，对数正态分布大于 0，超指数分布至少为 1。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Mean (s)</source>
        <translation>均值 (s)</translation>
    </message>
    <message>
        <source>cv</source>
        <translation>cv</translation>
    </message>
    <message>
        <source>Per request class</source>
        <translation>按请求类别</translation>
    </message>
    <message>
        <source>Service times of particular request classes (a database&apos;s reads and writes); other classes take the times above.</source>
        <translation>特定请求类别的服务时间（例如数据库的读和写）；其他类别使用上面的时间。</translation>
    </message>
    <message>
        <source>per-class service times</source>
        <translation>各类别服务时间</translation>
    </message>
    <message>
        <source>a class name is needed</source>
        <translation>需要填写类别名称</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; is listed twice</source>
        <translation>类别 &quot;%1&quot; 重复列出</translation>
    </message>
</context>
<context>
    <name>studio::widgets::SessionList</name>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>No practice sessions yet: Practice &gt; New Session…</source>
        <translation>还没有练习：练习 &gt; 新建练习…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), the newest first.</source>
        <translation>
            <numerusform>%n 次练习，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>This session cannot be shown:
%1</source>
        <translation>无法显示此练习：
%1</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>按命令或按键筛选</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
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
        <translation>最繁忙</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <source>%1 wasted</source>
        <translation>浪费 %1</translation>
    </message>
    <message>
        <source>Simulated, with the analytic estimate in [ ]:</source>
        <translation>模拟值，[ ] 内为解析估计：</translation>
    </message>
    <message>
        <source>Arrivals: %1 req/s</source>
        <translation>到达：%1 req/s</translation>
    </message>
    <message>
        <source>Utilisation: %1</source>
        <translation>利用率：%1</translation>
    </message>
    <message>
        <source>Mean wait: %1</source>
        <translation>平均等待：%1</translation>
    </message>
    <message>
        <source>Mean queue: %1</source>
        <translation>平均队列：%1</translation>
    </message>
    <message>
        <source>Dropped or refused: %1</source>
        <translation>丢弃或拒绝：%1</translation>
    </message>
</context>
<context>
    <name>studio::widgets::SimulationPanel</name>
    <message>
        <source>Random failures</source>
        <translation>随机故障</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Simulated seconds per replication (a tenth is warm-up).</source>
        <translation>每次重复模拟的秒数（十分之一为预热）。</translation>
    </message>
    <message>
        <source>Independent replications: the intervals come from them.</source>
        <translation>独立重复次数：区间由此得出。</translation>
    </message>
    <message>
        <source>The same seed gives the same numbers (common random numbers).</source>
        <translation>相同种子给出相同数字（公共随机数）。</translation>
    </message>
    <message>
        <source>Instances fail and come back at random, as their availability and time to repair say.</source>
        <translation>实例按其可用性和修复时间随机故障并恢复。</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Request class</source>
        <translation>请求类别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Run (F5) simulates the design as it is now.</source>
        <translation>运行（F5）按当前状态模拟设计。</translation>
    </message>
    <message>
        <source>Simulating the design as it was when the run started; editing goes on.</source>
        <translation>正在按开始运行时的设计模拟；可以继续编辑。</translation>
    </message>
    <message>
        <source>Simulating: %1% done, about %2 s left (Esc cancels).</source>
        <translation>模拟中：已完成 %1%，约剩 %2 秒（Esc 取消）。</translation>
    </message>
    <message>
        <source>The simulation could not run:
%1</source>
        <translation>模拟无法运行：
%1</translation>
    </message>
    <message>
        <source>Cancelled: the results of the last finished run stay.</source>
        <translation>已取消：保留上次完成运行的结果。</translation>
    </message>
    <message>
        <source>Finished in %1 s: %2 events.</source>
        <translation>用时 %1 秒完成：%2 个事件。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>有效吞吐</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
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
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <source>The design changed after this run: these results are for the version it ran on. Run again (F5) for the design as it is now.</source>
        <translation>本次运行后设计已更改：这些结果属于运行时的版本。再次运行（F5）以模拟当前设计。</translation>
    </message>
    <message>
        <source>Keep as Baseline</source>
        <translation>设为基线</translation>
    </message>
    <message>
        <source>Play Flow</source>
        <translation>播放流量</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Results as JSON or CSV…</source>
        <translation>结果（JSON 或 CSV）…</translation>
    </message>
    <message>
        <source>Throughput Chart…</source>
        <translation>吞吐量图表…</translation>
    </message>
    <message>
        <source>Latency Chart…</source>
        <translation>延迟图表…</translation>
    </message>
    <message>
        <source>Utilisation Chart…</source>
        <translation>利用率图表…</translation>
    </message>
    <message>
        <source>Queue Chart…</source>
        <translation>队列图表…</translation>
    </message>
    <message>
        <source>Keep these results to compare the next runs with: change the design, run again with the same seed, and read the differences.</source>
        <translation>保留这些结果，用于与之后的运行比较：修改设计，用相同种子再次运行，然后查看差异。</translation>
    </message>
    <message>
        <source>Play the run back on the canvas: dots along the links, as many as their traffic, coloured by request class, red where they fail.</source>
        <translation>在画布上回放本次运行：圆点沿链接移动，数量与流量成比例，按请求类别着色，失败处显示为红色。</translation>
    </message>
    <message>
        <source>%1× simulated time</source>
        <translation>%1× 模拟时间</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Baseline goodput</source>
        <translation>基线有效吞吐</translation>
    </message>
    <message>
        <source>Baseline p99</source>
        <translation>基线 p99</translation>
    </message>
    <message>
        <source>Pause Flow</source>
        <translation>暂停流量</translation>
    </message>
    <message>
        <source>t = %1 s of %2 s</source>
        <translation>t = %1 秒 / %2 秒</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Clear Baseline</source>
        <translation>清除基线</translation>
    </message>
    <message>
        <source>Keep a run as the baseline, change the design and run again (the same seed gives the same random numbers): the differences appear here.</source>
        <translation>将一次运行设为基线，修改设计后再次运行（相同种子给出相同的随机数）：差异会显示在这里。</translation>
    </message>
    <message>
        <source>This run is the baseline (seed %1). Change the design and run again.</source>
        <translation>本次运行即为基线（种子 %1）。请修改设计后再次运行。</translation>
    </message>
    <message>
        <source>This run against the baseline (seed %1 against %2): the difference with its 95% interval.</source>
        <translation>本次运行与基线对比（种子 %1 对 %2）：差值及其 95% 区间。</translation>
    </message>
    <message>
        <source>Latency Distribution Chart…</source>
        <translation>延迟分布图…</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Showing %1, kept in the library.</source>
        <translation>正在显示 %1，已保存在设计库中。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::SummaryForm</name>
    <message>
        <source>%1 items selected</source>
        <translation>已选择 %1 项</translation>
    </message>
    <message>
        <source>Select items of one kind to edit what they share.</source>
        <translation>选择同一类型的项目，以编辑它们的共同属性。</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>区域</translation>
    </message>
</context>
<context>
    <name>studio::widgets::TemplateGallery</name>
    <message>
        <source>New from Template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>Start from one of the reference designs. Each has its requirements, estimates, trade-offs and a rubric for practice.</source>
        <translation>从一个参考设计开始。每个设计都附有需求、估算、权衡取舍以及用于练习的评分标准。</translation>
    </message>
    <message>
        <source>&amp;Use Template</source>
        <translation>使用模板(&amp;U)</translation>
    </message>
</context>
<context>
    <name>studio::widgets::TextPairList</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>studio::widgets::TimeSeriesChart</name>
    <message>
        <source>%1 down</source>
        <translation>%1 宕机</translation>
    </message>
    <message>
        <source>%1 slowed ×%2</source>
        <translation>%1 变慢 ×%2</translation>
    </message>
    <message>
        <source>%1 cut off from %2</source>
        <translation>%1 与 %2 隔断</translation>
    </message>
    <message>
        <source>%1 flushed</source>
        <translation>%1 被清空</translation>
    </message>
    <message>
        <source>zone %1 down</source>
        <translation>区域 %1 宕机</translation>
    </message>
    <message>
        <source>Simulated time (s)</source>
        <translation>模拟时间（秒）</translation>
    </message>
</context>
<context>
    <name>studio::widgets::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>System Design Studio</source>
        <translation>System Design Studio</translation>
    </message>
    <message>
        <source>Sketch a system the way you would on a whiteboard, then ask it questions: requests per second, storage, what breaks first, the p99 at peak.</source>
        <translation>像在白板上一样勾画系统，然后向它提问：每秒请求数、存储量、什么最先出问题、峰值时的 p99 延迟。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::UtilisationChart</name>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Analytic</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>利用率（%）</translation>
    </message>
</context>
<context>
    <name>studio::widgets::VersionHistoryDialog</name>
    <message>
        <source>Version History</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Save this version again as the newest</source>
        <translation>将此版本重新保存为最新版本</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 — %2 — %3 (%n components)</source>
        <translation>
            <numerusform>修订版 %1 — %2 — %3（%n 个组件）</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest version is on top. Restoring keeps every version.</source>
        <translation>最新版本位于顶部。恢复时会保留所有版本。</translation>
    </message>
</context>
<context>
    <name>studio::widgets::WorkloadEditor</name>
    <message>
        <source>This client sends no traffic.</source>
        <translation>此客户端不发送流量。</translation>
    </message>
    <message>
        <source>Add a workload</source>
        <translation>添加负载</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Open: requests arrive at a rate, whatever the answers. Closed: a fixed number of users, each waiting for an answer and thinking before the next request.</source>
        <translation>开放：请求按一定速率到达，与应答无关。封闭：固定数量的用户，每个用户等待应答，并在发出下一个请求前思考一段时间。</translation>
    </message>
    <message>
        <source>open (arrival rate)</source>
        <translation>开放（到达速率）</translation>
    </message>
    <message>
        <source>closed (users)</source>
        <translation>封闭（用户）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Average arrivals per second.</source>
        <translation>平均每秒到达数。</translation>
    </message>
    <message>
        <source>Peak factor</source>
        <translation>峰值系数</translation>
    </message>
    <message>
        <source>Peak rate = rate x peak factor; the solver and the simulator run at the peak.</source>
        <translation>峰值速率 = 速率 x 峰值系数；求解器和模拟器按峰值运行。</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>用户总数</translation>
    </message>
    <message>
        <source>users</source>
        <translation>个用户</translation>
    </message>
    <message>
        <source>Users, each with one request out at a time.</source>
        <translation>用户数，每个用户同一时间只有一个未完成的请求。</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>思考时间</translation>
    </message>
    <message>
        <source>Seconds between a response and the user&apos;s next request.</source>
        <translation>从收到应答到用户发出下一个请求之间的秒数。</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Per attempt; 0 = wait for ever.</source>
        <translation>按每次尝试计；0 = 一直等待。</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Remove the workload</source>
        <translation>移除负载</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
</context>
<context>
    <name>studio::widgets::WrapUpPage</name>
    <message>
        <source>What you chose and what it cost: consistency for availability, a cache&apos;s staleness for speed…</source>
        <translation>您做了什么选择、付出了什么代价：以一致性换取可用性、以缓存数据的陈旧换取速度…</translation>
    </message>
    <message>
        <source>What breaks first at ten times the traffic, and what you would change.</source>
        <translation>流量增至十倍时什么最先出问题，以及您会做哪些改动。</translation>
    </message>
    <message>
        <source>RED for every service (rate, errors, duration), USE for every resource (utilisation, saturation, errors), and the alerts.</source>
        <translation>为每个服务设置 RED（速率、错误、耗时），为每种资源设置 USE（利用率、饱和度、错误），以及告警。</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>权衡取舍</translation>
    </message>
    <message>
        <source>At 10x scale</source>
        <translation>10 倍规模下</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ZoneForm</name>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unique and stable.</source>
        <translation>唯一且稳定。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Shown on the canvas.</source>
        <translation>显示在画布上。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What the zone stands for; a zone going down takes all its components.</source>
        <translation>区域所代表的对象；区域宕机时，其中所有组件随之失效。</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父区域</translation>
    </message>
    <message>
        <source>The zone this one is nested in; move it on the canvas to change it.</source>
        <translation>此区域所嵌套的上级区域；在画布上移动此区域即可更改。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
</context>
<context>
    <name>studio::widgets::ZoneItem</name>
    <message>
        <source>Region</source>
        <translation>地域</translation>
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
