<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BandwidthMeasurement</name>
    <message>
        <source>No way to measure was given.</source>
        <translation>未提供测量方法。</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s memory bandwidth (about 2 seconds)…</source>
        <translation>正在测量本机的内存带宽（约 2 秒）…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Measuring Memory Bandwidth</source>
        <translation>测量内存带宽</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>The measurement did not end.</source>
        <translation>测量未能结束。</translation>
    </message>
    <message>
        <source>No pass over the memory completed.</source>
        <translation>没有完成任何一次内存遍历。</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Time the catalog load and the recalculations the window does on each change.</source>
        <translation>测量目录加载耗时，以及窗口每次更改时重新计算的耗时。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Timed repetitions per figure (default 21).</source>
        <translation>每项数据的计时重复次数（默认 21）。</translation>
    </message>
    <message>
        <source>localrig bench: %1</source>
        <translation>localrig bench: %1</translation>
    </message>
    <message>
        <source>localrig bench: --runs must be a whole number from 1 to 10000</source>
        <translation>localrig bench: --runs 必须是 1 到 10000 之间的整数</translation>
    </message>
    <message>
        <source>Catalog load: %1 ms</source>
        <translation>目录加载：%1 ms</translation>
    </message>
    <message>
        <source>%1x catalog (%2 models, %3 machines): every model x quantization x machine (%4 cells) in %5 ms (%6 ns a cell); Plan page recalculation %7 ms</source>
        <translation>%1x 目录（%2 个模型，%3 台机器）：全部 模型 x 量化 x 机器 组合（%4 个）耗时 %5 ms（每个 %6 ns）；规划页重新计算 %7 ms</translation>
    </message>
</context>
<context>
    <name>BuyerWording</name>
    <message>
        <source>%1K</source>
        <translation>%1K</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>很好</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>较慢</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>非 %1</translation>
    </message>
    <message>
        <source>not portable</source>
        <translation>不便携</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>needs %1, %2 usable</source>
        <translation>需要 %1，可用 %2</translation>
    </message>
    <message>
        <source>under %1 tokens/s when %2 fills</source>
        <translation>%2 填满时低于 %1 tokens/s</translation>
    </message>
    <message>
        <source>first token after %1</source>
        <translation>首 token 耗时 %1</translation>
    </message>
    <message>
        <source>tight: needs %1, %2 with headroom</source>
        <translation>紧张：需要 %1，余量线内可用 %2</translation>
    </message>
    <message>
        <source>%1 % of the weights in system RAM</source>
        <translation>%1 % 的权重在系统 RAM 中</translation>
    </message>
    <message>
        <source>%1 tokens/s at %2 deep</source>
        <translation>上下文深度 %2 时 %1 tokens/s</translation>
    </message>
    <message>
        <source>first-token time unknown</source>
        <translation>首 token 时间未知</translation>
    </message>
    <message>
        <source>fast, with headroom</source>
        <translation>速度快，余量充足</translation>
    </message>
    <message>
        <source>fast, with headroom; no price</source>
        <translation>速度快，余量充足；无价格</translation>
    </message>
    <message>
        <source>A graphics card needs a desktop PC around it: %1 adds %2 to the card&apos;s %3.</source>
        <translation>显卡需要一台台式机来安装：%1 在显卡的 %3 之外再加 %2。</translation>
    </message>
    <message>
        <source>Priced as the card alone (%1), since your desktop PC takes it.</source>
        <translation>按显卡单价计（%1），因为您的台式机可以安装它。</translation>
    </message>
    <message>
        <source>No host PC in the catalog has a power supply sized for this card&apos;s %1 W.</source>
        <translation>目录中没有哪台主机的电源足以支撑这张显卡的 %1 W。</translation>
    </message>
    <message>
        <source>%1 falls to about %2 when %3 fill the context, under the %4 minimum.</source>
        <translation>当 %3 填满上下文时，%1 降至约 %2，低于最低要求 %4。</translation>
    </message>
    <message>
        <source>%1 reads a %2 prompt for about %3 before the first token, over %4.</source>
        <translation>%1 读取 %2 的提示约需 %3 才出首 token，超过 %4。</translation>
    </message>
    <message>
        <source>%1 takes about %2 to the first token for a %3 prompt (Great needs %4 or less).</source>
        <translation>对于 %3 的提示，%1 约需 %2 才出首 token（“很好”要求不超过 %4）。</translation>
    </message>
    <message>
        <source>%1 decodes at about %2 with %3 in the context (Great needs %4).</source>
        <translation>上下文中有 %3 时，%1 解码约 %2（“很好”要求 %4）。</translation>
    </message>
    <message>
        <source>No published compute figure for this machine, so the first-token time of %1 is not estimated.</source>
        <translation>此机器没有公开的算力数据，因此不估算 %1 的首 token 时间。</translation>
    </message>
    <message>
        <source>The complete system&apos;s price is unknown, so it has no break-even and cannot be the answer.</source>
        <translation>整套系统的价格未知，因此无法计算回本时间，也不能作为推荐答案。</translation>
    </message>
    <message>
        <source>Only slow machines run this plan; the best of them is %1.</source>
        <translation>只有较慢的机器能运行此规划；其中最好的是 %1。</translation>
    </message>
    <message>
        <source>Only machines without a known price run this plan well, such as %1.</source>
        <translation>只有价格未知的机器能良好运行此规划，例如 %1。</translation>
    </message>
    <message>
        <source>%1 costs less (%2) and has the memory, but is too slow for this plan; see its row.</source>
        <translation>%1 更便宜（%2）且内存足够，但对此规划来说太慢；见其所在行。</translation>
    </message>
    <message>
        <source>~%1 (guide)</source>
        <translation>~%1（指南）</translation>
    </message>
    <message>
        <source>%1 with PC</source>
        <translation>%1（含 PC）</translation>
    </message>
    <message>
        <source>%1 card only</source>
        <translation>%1（仅显卡）</translation>
    </message>
    <message>
        <source>not within 10 years</source>
        <translation>10 年内不回本</translation>
    </message>
    <message>
        <source>unknown (no price)</source>
        <translation>未知（无价格）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 → %2 tokens/s</source>
        <translation>%1 → %2 tokens/s</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>装不下</translation>
    </message>
    <message>
        <source>as %1 × %2 fill</source>
        <translation>随 %1 × %2 逐渐填满</translation>
    </message>
    <message>
        <source>as %1 fills</source>
        <translation>随 %1 逐渐填满</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Great&lt;/b&gt;: fits under the headroom line, decodes at %1 or more with half the context filled (twice a fast reader&apos;s %2) and shows the first token within %3 (the limit of keeping attention, Nielsen).</source>
        <translation>&lt;b&gt;很好&lt;/b&gt;：装入余量线以下，上下文填满一半时解码速度不低于 %1（快速阅读者 %2 的两倍），并在 %3 内出首 token（保持注意力的极限，Nielsen）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Good&lt;/b&gt;: fits, and stays at or above %1 when every session&apos;s context is full.</source>
        <translation>&lt;b&gt;良好&lt;/b&gt;：装得下，且每个会话的上下文都填满时仍不低于 %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slow&lt;/b&gt;: fits, but falls under %1 when the context fills, or takes over %2 to the first token.</source>
        <translation>&lt;b&gt;较慢&lt;/b&gt;：装得下，但上下文填满时低于 %1，或首 token 耗时超过 %2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Too large&lt;/b&gt;: does not fit under the headroom line (on a Mac, the memory the GPU may use without changing system settings).</source>
        <translation>&lt;b&gt;太大&lt;/b&gt;：无法装入余量线以下（在 Mac 上，余量线指不更改系统设置时 GPU 可使用的内存）。</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>已停产</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>training time unknown</source>
        <translation>训练时间未知</translation>
    </message>
    <message>
        <source>CPU only: not sized for fine-tuning</source>
        <translation>仅 CPU：不做微调估算</translation>
    </message>
    <message>
        <source>fits for training, with headroom</source>
        <translation>可用于训练，余量充足</translation>
    </message>
    <message>
        <source>fits for training, with headroom; no price</source>
        <translation>可用于训练，余量充足；无价格</translation>
    </message>
    <message>
        <source>No published 16-bit compute figure for this machine, so the fine-tuning time of %1 is not estimated.</source>
        <translation>此机器没有公开的 16 位算力数据，因此不估算 %1 的微调时间。</translation>
    </message>
    <message>
        <source>A CPU-only machine is not sized for fine-tuning %1: the training estimate assumes a GPU or unified memory.</source>
        <translation>纯 CPU 机器不做 %1 的微调估算：训练估算假定有 GPU 或统一内存。</translation>
    </message>
    <message>
        <source>Within your budget and preferences only slow machines run this plan; the best of them is %1.</source>
        <translation>在您的预算和偏好范围内，只有较慢的机器能运行此规划；其中最好的是 %1。</translation>
    </message>
    <message>
        <source>No machine within your budget and preferences runs this plan well; the cheapest that does is %1 at %2.</source>
        <translation>在您的预算和偏好范围内，没有机器能良好运行此规划；能良好运行的最便宜机器是 %1，价格 %2。</translation>
    </message>
</context>
<context>
    <name>CalibrateCommand</name>
    <message>
        <source>%1 rows: %2 used for decode, %3 for prefill</source>
        <translation>%1 行：%2 行用于解码，%3 行用于预填充</translation>
    </message>
    <message>
        <source>  %1 %2 %3  band %4-%5  rows %6%7</source>
        <translation>  %1 %2 %3  区间 %4-%5  行数 %6%7</translation>
    </message>
    <message>
        <source>Kernel factors (multiply the efficiency)</source>
        <translation>内核系数（与效率相乘）</translation>
    </message>
    <message>
        <source>  %1 %2  rows %3</source>
        <translation>  %1 %2  行数 %3</translation>
    </message>
    <message>
        <source>Prefill efficiency (share of dense FP16 tensor FLOPS)</source>
        <translation>预填充效率（占稠密 FP16 张量 FLOPS 的比例）</translation>
    </message>
    <message>
        <source>  %1 %2  band %3-%4  rows %5%6</source>
        <translation>  %1 %2  区间 %3-%4  行数 %5%6</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>  prefill: %n row(s) on hardware without sourced FP16 FLOPS (not fitted)</source>
        <translation>
            <numerusform>  预填充：%n 行数据所在的硬件没有有来源的 FP16 FLOPS（未参与拟合）</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit the speed constants to a measurements CSV; print them and the residuals.</source>
        <translation>用测量数据 CSV 拟合速度常数，并输出常数和残差。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Write the constants file (speed-calibration.csv).</source>
        <translation>写入常数文件（speed-calibration.csv）。</translation>
    </message>
    <message>
        <source>Date of the data for the file header (default: the file&apos;s date).</source>
        <translation>文件头中的数据日期（默认：该文件的日期）。</translation>
    </message>
    <message>
        <source>localrig calibrate: %1</source>
        <translation>localrig calibrate: %1</translation>
    </message>
    <message>
        <source>localrig calibrate: --data FILE is required (and nothing else)</source>
        <translation>localrig calibrate: 必须且只能提供 --data FILE</translation>
    </message>
    <message>
        <source>localrig calibrate: %1: %2</source>
        <translation>localrig calibrate: %1: %2</translation>
    </message>
    <message>
        <source>Time per layer per token: %1 us; fixed time per token: %2 ms; KV bytes cost x%3</source>
        <translation>每层每 token 耗时：%1 us；每 token 固定耗时：%2 ms；KV 字节成本 x%3</translation>
    </message>
    <message>
        <source>  (no rows: the global value)</source>
        <translation>  （无数据行：使用全局值）</translation>
    </message>
    <message>
        <source>  (no rows: the global value, or the default)</source>
        <translation>  （无数据行：使用全局值或默认值）</translation>
    </message>
    <message>
        <source>Residuals of the fit (line, measured, predicted tokens/s, ratio)</source>
        <translation>拟合残差（行号、实测、预测 tokens/s、比值）</translation>
    </message>
    <message>
        <source>Measurements CSV (columns of measured-public.csv); repeat for several files.</source>
        <translation>测量数据 CSV（列与 measured-public.csv 相同）；可重复指定多个文件。</translation>
    </message>
    <message>
        <source>Decode efficiency (K-quant kernels; band = measured/predicted, 8th-92nd pct)</source>
        <translation>解码效率（K-quant 内核；区间 = 实测/预测，第 8-92 百分位）</translation>
    </message>
</context>
<context>
    <name>CatalogCheck</name>
    <message>
        <source>Buyable machines without a price: %1</source>
        <translation>可购买但无价格的机器：%1</translation>
    </message>
    <message>
        <source>Stale prices (older than 6 months): %1</source>
        <translation>过时的价格（超过 6 个月）：%1</translation>
    </message>
    <message>
        <source>Figures only the guide states: %1</source>
        <translation>仅见于指南的数据：%1</translation>
    </message>
    <message>
        <source>Figures sources disagree on: %1</source>
        <translation>各来源说法不一致的数据：%1</translation>
    </message>
    <message>
        <source>Sources that are not the vendor&apos;s page or the model&apos;s card: %1</source>
        <translation>既非厂商页面也非模型卡的来源：%1</translation>
    </message>
    <message>
        <source>Catalog check on %1: %2 buyable, %3 announced, %4 discontinued machines</source>
        <translation>目录检查（%1）：%2 台可购买，%3 台已宣布，%4 台已停产</translation>
    </message>
    <message>
        <source>Buyable machines whose current price is older than 12 months: %1</source>
        <translation>当前价格已超过 12 个月的可购买机器：%1</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>TOTAL B</source>
        <translation>总参数 B</translation>
    </message>
    <message>
        <source>ACTIVE B</source>
        <translation>激活参数 B</translation>
    </message>
    <message>
        <source>ATTENTION</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>MEMORY GB</source>
        <translation>内存 GB</translation>
    </message>
    <message>
        <source>VRAM GB</source>
        <translation>VRAM GB</translation>
    </message>
    <message>
        <source>GB/S</source>
        <translation>GB/S</translation>
    </message>
    <message>
        <source>PRICE USD</source>
        <translation>价格 USD</translation>
    </message>
    <message>
        <source> (guide)</source>
        <translation> (指南)</translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation> (您的)</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>BITS/WEIGHT</source>
        <translation>每权重位数</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>QUANT</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>localrig catalog: %1</source>
        <translation>localrig catalog: %1</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig: 警告：%1</translation>
    </message>
    <message>
        <source>announced, no price</source>
        <translation>已宣布，无价格</translation>
    </message>
    <message>
        <source> (stale, %1)</source>
        <translation> (已过时，%1)</translation>
    </message>
    <message>
        <source>List the catalog&apos;s models, platforms, quantizations or use cases, or check it like a reviewer.</source>
        <translation>列出目录中的模型、平台、量化或用例，或像审阅者一样检查目录。</translation>
    </message>
    <message>
        <source>check: the day prices are aged against (YYYY-MM-DD; default today).</source>
        <translation>check：计算价格时效所依据的日期（YYYY-MM-DD；默认今天）。</translation>
    </message>
    <message>
        <source>The action: list or check.</source>
        <translation>操作：list 或 check。</translation>
    </message>
    <message>
        <source>list: models, platforms (or machines), quants or use-cases.</source>
        <translation>list：models、platforms（或 machines）、quants 或 use-cases。</translation>
    </message>
    <message>
        <source>localrig catalog: expected &apos;list models|platforms|machines|quants|use-cases&apos; or &apos;check&apos;</source>
        <translation>localrig catalog: 应为 &apos;list models|platforms|machines|quants|use-cases&apos; 或 &apos;check&apos;</translation>
    </message>
    <message>
        <source>localrig catalog: --today must be a date YYYY-MM-DD</source>
        <translation>localrig catalog: --today 必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>CatalogDataLoader</name>
    <message>
        <source>confirmed by the source</source>
        <translation>已由来源确认</translation>
    </message>
    <message>
        <source>derived from sourced figures</source>
        <translation>由有来源的数据推算</translation>
    </message>
    <message>
        <source>stated only by the guide</source>
        <translation>仅见于指南</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CatalogSession</name>
    <message>
        <source>localrig: %1</source>
        <translation>localrig: %1</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Student learning</source>
        <translation>学生学习</translation>
    </message>
    <message>
        <source>Learn and experiment with a local assistant for study, writing and simple code questions.</source>
        <translation>借助本地助手学习和实验，用于学习、写作和简单的代码问题。</translation>
    </message>
    <message>
        <source>Coding assistant</source>
        <translation>编程助手</translation>
    </message>
    <message>
        <source>Daily coding help and an agent that reads and edits a repository with long context.</source>
        <translation>日常编程帮助，以及借助长上下文读取和编辑代码仓库的智能体。</translation>
    </message>
    <message>
        <source>Coding on a budget</source>
        <translation>低预算编程</translation>
    </message>
    <message>
        <source>Code completion and generation on a modest 16-24 GB machine.</source>
        <translation>在 16-24 GB 的普通机器上进行代码补全和生成。</translation>
    </message>
    <message>
        <source>Math and step-by-step reasoning</source>
        <translation>数学与逐步推理</translation>
    </message>
    <message>
        <source>Solve math and logic problems with a reasoning model that thinks before answering.</source>
        <translation>用先思考后作答的推理模型解决数学和逻辑问题。</translation>
    </message>
    <message>
        <source>AI agents and tool calling</source>
        <translation>AI 智能体与工具调用</translation>
    </message>
    <message>
        <source>Run an agent that calls tools and APIs, several calls in parallel.</source>
        <translation>运行可调用工具和 API 的智能体，支持多个调用并行。</translation>
    </message>
    <message>
        <source>RAG over documents</source>
        <translation>基于文档的 RAG</translation>
    </message>
    <message>
        <source>Answer questions from your documents by retrieving the relevant passages first.</source>
        <translation>先检索相关段落，再根据您的文档回答问题。</translation>
    </message>
    <message>
        <source>Long-context retrieval</source>
        <translation>长上下文检索</translation>
    </message>
    <message>
        <source>Read and cross-reference very long documents in one pass.</source>
        <translation>一次性阅读并交叉比对超长文档。</translation>
    </message>
    <message>
        <source>Structured output and JSON</source>
        <translation>结构化输出与 JSON</translation>
    </message>
    <message>
        <source>Extract data into JSON that follows a schema, reliably and repeatably.</source>
        <translation>按照 schema 将数据提取为 JSON，可靠且可重复。</translation>
    </message>
    <message>
        <source>Personal knowledge base</source>
        <translation>个人知识库</translation>
    </message>
    <message>
        <source>Chat with your own notes, files and bookmarks, privately on your machine.</source>
        <translation>在本机私密地与您自己的笔记、文件和书签对话。</translation>
    </message>
    <message>
        <source>Small business automation</source>
        <translation>小企业自动化</translation>
    </message>
    <message>
        <source>Automate routine work such as email triage, invoice extraction and summaries.</source>
        <translation>自动处理日常工作，如邮件分拣、发票信息提取和摘要。</translation>
    </message>
    <message>
        <source>Enterprise knowledge base</source>
        <translation>企业知识库</translation>
    </message>
    <message>
        <source>Serve a team&apos;s questions over a large internal document collection.</source>
        <translation>基于大型内部文档库回答团队的问题。</translation>
    </message>
    <message>
        <source>Multi-agent workflows</source>
        <translation>多智能体工作流</translation>
    </message>
    <message>
        <source>Run a swarm of cooperating agents on one large local model at the same time.</source>
        <translation>在一个本地大模型上同时运行一群协作的智能体。</translation>
    </message>
    <message>
        <source>Fine-tuning (LoRA / QLoRA)</source>
        <translation>微调（LoRA / QLoRA）</translation>
    </message>
    <message>
        <source>Adapt a model to your data with parameter-efficient fine-tuning.</source>
        <translation>通过参数高效微调，让模型适应您的数据。</translation>
    </message>
    <message>
        <source>Students and casual coders</source>
        <translation>学生和业余编程者</translation>
    </message>
    <message>
        <source>Students, first-time local-AI users, budget-constrained developers</source>
        <translation>学生、初次使用本地 AI 的用户、预算有限的开发者</translation>
    </message>
    <message>
        <source>Most professional developers</source>
        <translation>大多数专业开发者</translation>
    </message>
    <message>
        <source>Software engineers, founders building agent pipelines, privacy-minded developers</source>
        <translation>软件工程师、构建智能体流水线的创业者、注重隐私的开发者</translation>
    </message>
    <message>
        <source>Senior engineers and power users</source>
        <translation>资深工程师和进阶用户</translation>
    </message>
    <message>
        <source>Engineers whose problems show reasoning gaps at 32B</source>
        <translation>所处理问题在 32B 模型上暴露出推理不足的工程师</translation>
    </message>
    <message>
        <source>Researchers and AI orchestrators</source>
        <translation>研究人员和 AI 编排者</translation>
    </message>
    <message>
        <source>Researchers running 120B+ models, large agent swarms, fine-tuning, concurrent multimodal pipelines</source>
        <translation>运行 120B+ 模型、大规模智能体集群、微调、并发多模态流水线的研究人员</translation>
    </message>
    <message>
        <source>Frontier open model at home</source>
        <translation>在家运行前沿开放模型</translation>
    </message>
    <message>
        <source>Run a trillion-parameter open model such as Kimi K2.6 for agents and coding, with nothing sent to a cloud.</source>
        <translation>运行 Kimi K2.6 这类万亿参数的开放模型，用于智能体和编程，不向任何云端发送数据。</translation>
    </message>
    <message>
        <source>Video generation beside an LLM</source>
        <translation>视频生成与 LLM 同时运行</translation>
    </message>
    <message>
        <source>Generate short video clips with a local diffusion model while a large language model runs at the same time.</source>
        <translation>在大语言模型同时运行的情况下，用本地扩散模型生成短视频片段。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: localrig [command] [options]</source>
        <translation>用法：localrig [命令] [选项]</translation>
    </message>
    <message>
        <source>Without a command, LocalRig opens its window. Commands print and exit; add --json for machine-readable output and --help for a command&apos;s options.</source>
        <translation>不带命令时，LocalRig 打开窗口。命令输出结果后退出；加 --json 输出机器可读格式，加 --help 查看命令的选项。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>--lang CODE shows LocalRig in another language (%1); without it, LocalRig follows Preferences, then the system.</source>
        <translation>--lang CODE 以其他语言显示 LocalRig（%1）；未指定时依次采用首选项和系统语言。</translation>
    </message>
    <message>
        <source>localrig: unknown command &apos;%1&apos; (try localrig --help)</source>
        <translation>localrig: 未知命令 &apos;%1&apos;（请尝试 localrig --help）</translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <source>Memory fit</source>
        <translation>内存适配</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>解码速度</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>成本随时间变化</translation>
    </message>
    <message>
        <source>Price against speed</source>
        <translation>价格与速度</translation>
    </message>
</context>
<context>
    <name>DecodeSpeedChart</name>
    <message>
        <source>Decode speed</source>
        <translation>解码速度</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1: won&apos;t fit</source>
        <translation>%1：装不下</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Decode speed (tokens/s)</source>
        <translation>解码速度（tokens/s）</translation>
    </message>
    <message>
        <source>Band (low–high)</source>
        <translation>区间（低–高）</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>阅读速度</translation>
    </message>
    <message>
        <source>reading speed ≈ %1</source>
        <translation>阅读速度 ≈ %1</translation>
    </message>
    <message>
        <source>Comfortable reading speed: about %1 (238 words/min)</source>
        <translation>舒适阅读速度：约 %1（每分钟 238 词）</translation>
    </message>
    <message>
        <source>Minimum for Good</source>
        <translation>“良好”的最低要求</translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation>最低 %1</translation>
    </message>
    <message>
        <source>Under %1 a machine is Slow: a session feels stalled as its context fills</source>
        <translation>低于 %1 的机器为“较慢”：随着上下文填满，会话会显得停滞</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>本机（%1）</translation>
    </message>
    <message>
        <source>  System     %1</source>
        <translation>  系统       %1</translation>
    </message>
    <message>
        <source>  CPU        %1 (%2 cores, %3 threads)</source>
        <translation>  CPU        %1（%2 核，%3 线程）</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>  Memory     %1 GiB reported</source>
        <translation>  内存       系统报告 %1 GiB</translation>
    </message>
    <message>
        <source>%1 GPU %2:%3</source>
        <translation>%1 GPU %2:%3</translation>
    </message>
    <message>
        <source>  GPU        %1, %2 GiB VRAM (%3)</source>
        <translation>  GPU        %1，%2 GiB VRAM（%3）</translation>
    </message>
    <message>
        <source>  GPU        %1 (%2)</source>
        <translation>  GPU        %1（%2）</translation>
    </message>
    <message>
        <source>  Note       %1</source>
        <translation>  备注       %1</translation>
    </message>
    <message>
        <source>As a machine: %1</source>
        <translation>作为机器：%1</translation>
    </message>
    <message>
        <source>  Memory     %1 GB unified (the GPU may use %2 GB), backend %3</source>
        <translation>  内存       %1 GB 统一内存（GPU 可用 %2 GB），后端 %3</translation>
    </message>
    <message>
        <source>  Memory     %1 GB unified, backend %2</source>
        <translation>  内存       %1 GB 统一内存，后端 %2</translation>
    </message>
    <message>
        <source>  Memory     %1 GB VRAM + %2 GB system RAM, backend %3</source>
        <translation>  内存       %1 GB VRAM + %2 GB 系统 RAM，后端 %3</translation>
    </message>
    <message>
        <source>  Memory     %1 GB system RAM, CPU only</source>
        <translation>  内存       %1 GB 系统 RAM，仅 CPU</translation>
    </message>
    <message>
        <source>  Bandwidth  %1 GB/s</source>
        <translation>  带宽       %1 GB/s</translation>
    </message>
    <message>
        <source>  Bandwidth  unknown: no catalog machine has this chip</source>
        <translation>  带宽       未知：目录中没有机器使用此芯片</translation>
    </message>
    <message>
        <source>Same chip in the catalog: %1 (%2)</source>
        <translation>目录中相同芯片的机器：%1（%2）</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>已检测：%1</translation>
    </message>
    <message>
        <source>From the catalog: %1</source>
        <translation>来自目录：%1</translation>
    </message>
    <message>
        <source>You need to enter: %1</source>
        <translation>需要您填写：%1</translation>
    </message>
    <message>
        <source>What this computer is, as a machine LocalRig can size models for.</source>
        <translation>识别本机，作为 LocalRig 可为之估算模型的机器。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Read proc/ and sys/ under DIR instead of / (a copy taken from another machine); nvidia-smi is not run.</source>
        <translation>从 DIR 下（而不是 /）读取 proc/ 和 sys/（取自另一台机器的副本）；不运行 nvidia-smi。</translation>
    </message>
    <message>
        <source>localrig detect: %1</source>
        <translation>localrig detect: %1</translation>
    </message>
    <message>
        <source>localrig detect: unexpected argument &apos;%1&apos;</source>
        <translation>localrig detect: 意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>localrig detect: without the catalog, bandwidth stays unknown (%1)</source>
        <translation>localrig detect: 没有目录，带宽仍未知（%1）</translation>
    </message>
    <message>
        <source>  Measured   %1 GB/s memory read (best of %2 passes, median %3 GB/s, %4 threads, %5)</source>
        <translation>  实测       内存读取 %1 GB/s（%2 次中最佳，中位数 %3 GB/s，%4 线程，%5）</translation>
    </message>
    <message>
        <source>Also measure this computer&apos;s memory read bandwidth (about 2 seconds).</source>
        <translation>同时测量本机的内存读取带宽（约 2 秒）。</translation>
    </message>
    <message>
        <source>Size of the buffer the measurement reads, in MiB (default 1024).</source>
        <translation>测量时读取的缓冲区大小，单位 MiB（默认 1024）。</translation>
    </message>
    <message>
        <source>localrig detect: --measure-mib must be a whole number from 1 to %1</source>
        <translation>localrig detect: --measure-mib 必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>localrig detect: --measure: %1</source>
        <translation>localrig detect: --measure: %1</translation>
    </message>
    <message>
        <source>Also grade this computer for every workload as the Plan page would (with --measure, at the measured bandwidth), and name the smallest upgrade for each one it does not do well.</source>
        <translation>同时像规划页那样为本机评估每个工作负载（加 --measure 时按实测带宽），并为每个运行不佳的工作负载给出最小升级方案。</translation>
    </message>
    <message>
        <source>localrig detect: --grades needs this computer&apos;s memory bandwidth: add --measure</source>
        <translation>localrig detect: --grades 需要本机的内存带宽：请加上 --measure</translation>
    </message>
    <message>
        <source>localrig detect: --grades: %1</source>
        <translation>localrig detect: --grades: %1</translation>
    </message>
</context>
<context>
    <name>DetectGrades</name>
    <message>
        <source>What runs here (graded as on the Plan page, one workload at a time):</source>
        <translation>本机能运行什么（按规划页的方式评估，每次一个工作负载）：</translation>
    </message>
    <message>
        <source>  %1  %2  %3</source>
        <translation>  %1  %2  %3</translation>
    </message>
    <message>
        <source>; smallest upgrade: %1 (%2)</source>
        <translation>；最小升级：%1（%2）</translation>
    </message>
    <message>
        <source>; no priced machine in the catalog does it</source>
        <translation>；目录中没有带价格的机器能做到</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>&apos;general.architecture&apos; is missing or not a string</source>
        <translation>&apos;general.architecture&apos; 缺失或不是字符串</translation>
    </message>
    <message>
        <source>/proc/meminfo has no MemTotal line</source>
        <translation>/proc/meminfo 中没有 MemTotal 行</translation>
    </message>
    <message>
        <source>GGUF version 1 is obsolete and not supported (versions 2 and 3 are)</source>
        <translation>GGUF 版本 1 已过时，不受支持（支持版本 2 和 3）</translation>
    </message>
    <message>
        <source>LoRA targets: none of q, k, v, o, gate, up, down</source>
        <translation>LoRA 目标：q、k、v、o、gate、up、down 一个都没有</translation>
    </message>
    <message>
        <source>no feasible decode fit (a row is faster than its overheads allow)</source>
        <translation>无法得到可行的解码拟合（有一行数据比其开销所允许的更快）</translation>
    </message>
    <message>
        <source>a discrete GPU needs its VRAM size</source>
        <translation>独立 GPU 需要填写 VRAM 大小</translation>
    </message>
    <message>
        <source>a file size must be 1 byte to 100 TB</source>
        <translation>文件大小必须在 1 字节到 100 TB 之间</translation>
    </message>
    <message>
        <source>a file size needs a model id and a quantization id</source>
        <translation>文件大小需要模型 id 和量化 id</translation>
    </message>
    <message>
        <source>a model needs a name of 1 to 80 characters</source>
        <translation>模型名称须为 1 到 80 个字符</translation>
    </message>
    <message>
        <source>a model needs an id and a name</source>
        <translation>模型需要 id 和名称</translation>
    </message>
    <message>
        <source>a platform needs an id and a name</source>
        <translation>平台需要 id 和名称</translation>
    </message>
    <message>
        <source>a price needs a platform id and a date</source>
        <translation>价格需要平台 id 和日期</translation>
    </message>
    <message>
        <source>a price override needs a platform and 0 to 10,000,000 USD</source>
        <translation>价格覆盖需要指定平台，金额须为 0 到 10,000,000 USD</translation>
    </message>
    <message>
        <source>a saved scenario needs a name</source>
        <translation>保存的方案需要名称</translation>
    </message>
    <message>
        <source>a unified or system-memory platform needs its memory size</source>
        <translation>统一内存或系统内存平台需要填写内存大小</translation>
    </message>
    <message>
        <source>a workload needs 1 to 2^30 tokens and 1 to 10,000 sessions</source>
        <translation>工作负载需要 1 到 2^30 个 token 和 1 到 10,000 个会话</translation>
    </message>
    <message>
        <source>a workload needs a slug, a name, a model and a quantization</source>
        <translation>工作负载需要 slug、名称、模型和量化</translation>
    </message>
    <message>
        <source>active parameters exceed total parameters</source>
        <translation>激活参数量超过总参数量</translation>
    </message>
    <message>
        <source>adapter precision: adapters train in fp32 or bf16</source>
        <translation>适配器精度：适配器以 fp32 或 bf16 训练</translation>
    </message>
    <message>
        <source>bandwidth probe: cannot allocate the buffer</source>
        <translation>带宽探测：无法分配缓冲区</translation>
    </message>
    <message>
        <source>bandwidth probe: cannot start its threads</source>
        <translation>带宽探测：无法启动线程</translation>
    </message>
    <message>
        <source>bandwidth probe: the buffer read back wrong</source>
        <translation>带宽探测：缓冲区读回的数据有误</translation>
    </message>
    <message>
        <source>base precision: NF4 goes with QLoRA and only with QLoRA</source>
        <translation>基础精度：NF4 与 QLoRA 配套，且仅用于 QLoRA</translation>
    </message>
    <message>
        <source>big-endian GGUF files are not supported</source>
        <translation>不支持大端序 GGUF 文件</translation>
    </message>
    <message>
        <source>cannot determine the size of the GGUF input (stream is not seekable)</source>
        <translation>无法确定 GGUF 输入的大小（流不可定位）</translation>
    </message>
    <message>
        <source>choose at least one workload</source>
        <translation>请至少选择一个工作负载</translation>
    </message>
    <message>
        <source>config.json: hidden_size is smaller than num_attention_heads</source>
        <translation>config.json：hidden_size 小于 num_attention_heads</translation>
    </message>
    <message>
        <source>config.json: kv_lora_rank (MLA) needs qk_rope_head_dim</source>
        <translation>config.json：kv_lora_rank（MLA）需要 qk_rope_head_dim</translation>
    </message>
    <message>
        <source>config.json: the top level must be an object</source>
        <translation>config.json：顶层必须是对象</translation>
    </message>
    <message>
        <source>hardware FLOPS: columns &apos;hardware&apos; and &apos;fp16_tflops&apos; needed</source>
        <translation>硬件 FLOPS：需要 &apos;hardware&apos; 和 &apos;fp16_tflops&apos; 列</translation>
    </message>
    <message>
        <source>is required but empty</source>
        <translation>必填，但为空</translation>
    </message>
    <message>
        <source>leave-one-hardware-out needs rows from two or more hardware</source>
        <translation>留一硬件交叉验证需要来自两种或更多硬件的数据行</translation>
    </message>
    <message>
        <source>line 1: the file has no header line</source>
        <translation>第 1 行：文件没有表头行</translation>
    </message>
    <message>
        <source>model has no attention layers to size a KV cache from</source>
        <translation>模型没有可用于计算 KV 缓存大小的注意力层</translation>
    </message>
    <message>
        <source>no decode rows to fit (rows need tg, bandwidth and file size)</source>
        <translation>没有可拟合的解码数据行（数据行需要 tg、带宽和文件大小）</translation>
    </message>
    <message>
        <source>no workload or model chosen</source>
        <translation>未选择工作负载或模型</translation>
    </message>
    <message>
        <source>price (USD) must be 0 to 10,000,000</source>
        <translation>价格（USD）必须在 0 到 10,000,000 之间</translation>
    </message>
    <message>
        <source>safetensors index: metadata.total_size must be a positive number of bytes</source>
        <translation>safetensors 索引：metadata.total_size 必须是正的字节数</translation>
    </message>
    <message>
        <source>sysctl printed fewer than two values (hw.memsize, brand string)</source>
        <translation>sysctl 输出的值少于两个（hw.memsize、品牌字符串）</translation>
    </message>
    <message>
        <source>tensor byte size overflows 64 bits</source>
        <translation>张量字节大小超出 64 位</translation>
    </message>
    <message>
        <source>the catalog text has problems</source>
        <translation>目录文本有问题</translation>
    </message>
    <message>
        <source>the database has no schema version</source>
        <translation>数据库没有 schema 版本</translation>
    </message>
    <message>
        <source>the file size and the workload must name the model being saved</source>
        <translation>文件大小和工作负载必须指向正在保存的模型</translation>
    </message>
    <message>
        <source>total parameters do not exceed the embedding matrices</source>
        <translation>总参数量未超过嵌入矩阵的参数量</translation>
    </message>
    <message>
        <source>unknown field kind</source>
        <translation>未知的字段类型</translation>
    </message>
    <message>
        <source>API spend per month (USD)</source>
        <translation>每月 API 支出（USD）</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16 TFLOPS</translation>
    </message>
    <message>
        <source>GPU memory limit (GB)</source>
        <translation>GPU 内存上限（GB）</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA 秩</translation>
    </message>
    <message>
        <source>MFU (high)</source>
        <translation>MFU（高）</translation>
    </message>
    <message>
        <source>MFU (low)</source>
        <translation>MFU（低）</translation>
    </message>
    <message>
        <source>MFU (typical)</source>
        <translation>MFU（典型）</translation>
    </message>
    <message>
        <source>VRAM (GB)</source>
        <translation>VRAM（GB）</translation>
    </message>
    <message>
        <source>active experts</source>
        <translation>激活专家数</translation>
    </message>
    <message>
        <source>active parameters</source>
        <translation>激活参数量</translation>
    </message>
    <message>
        <source>attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <source>bits per weight</source>
        <translation>每权重位数</translation>
    </message>
    <message>
        <source>break-even horizon (months)</source>
        <translation>回本计算期限（月）</translation>
    </message>
    <message>
        <source>budget (USD)</source>
        <translation>预算（USD）</translation>
    </message>
    <message>
        <source>buffer bytes</source>
        <translation>缓冲区字节数</translation>
    </message>
    <message>
        <source>context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>dataset tokens</source>
        <translation>数据集 token 数</translation>
    </message>
    <message>
        <source>electricity price (USD/kWh)</source>
        <translation>电价（USD/kWh）</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>file size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>first-token time for Great (s)</source>
        <translation>“很好”的首 token 时间（s）</translation>
    </message>
    <message>
        <source>first-token time for Slow (s)</source>
        <translation>“较慢”的首 token 时间（s）</translation>
    </message>
    <message>
        <source>fixed state bytes</source>
        <translation>固定状态字节数</translation>
    </message>
    <message>
        <source>framework overhead</source>
        <translation>框架开销</translation>
    </message>
    <message>
        <source>hardware price (USD)</source>
        <translation>硬件价格（USD）</translation>
    </message>
    <message>
        <source>head dim</source>
        <translation>头维度</translation>
    </message>
    <message>
        <source>head dimension</source>
        <translation>头维度</translation>
    </message>
    <message>
        <source>headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>hidden size</source>
        <translation>隐藏层大小</translation>
    </message>
    <message>
        <source>hours per day</source>
        <translation>每天小时数</translation>
    </message>
    <message>
        <source>idle power (W)</source>
        <translation>待机功耗（W）</translation>
    </message>
    <message>
        <source>intermediate size</source>
        <translation>中间层大小</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>load power (W)</source>
        <translation>负载功耗（W）</translation>
    </message>
    <message>
        <source>maximum passes</source>
        <translation>最多测量次数</translation>
    </message>
    <message>
        <source>memory (GB)</source>
        <translation>内存（GB）</translation>
    </message>
    <message>
        <source>memory bandwidth (GB/s)</source>
        <translation>内存带宽（GB/s）</translation>
    </message>
    <message>
        <source>micro-batch</source>
        <translation>微批次</translation>
    </message>
    <message>
        <source>minimum passes</source>
        <translation>最少测量次数</translation>
    </message>
    <message>
        <source>minimum tokens/s</source>
        <translation>最低 tokens/s</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>multiple of reading speed</source>
        <translation>阅读速度倍数</translation>
    </message>
    <message>
        <source>native context</source>
        <translation>原生上下文</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>peak FLOP/s</source>
        <translation>峰值 FLOP/s</translation>
    </message>
    <message>
        <source>price (USD)</source>
        <translation>价格（USD）</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>提示 token 数</translation>
    </message>
    <message>
        <source>reading speed (tokens/s)</source>
        <translation>阅读速度（tokens/s）</translation>
    </message>
    <message>
        <source>resale fraction</source>
        <translation>转售比例</translation>
    </message>
    <message>
        <source>routed experts</source>
        <translation>路由专家数</translation>
    </message>
    <message>
        <source>sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>sliding window</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <source>system bandwidth (GB/s)</source>
        <translation>系统带宽（GB/s）</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>time budget</source>
        <translation>时间预算</translation>
    </message>
    <message>
        <source>total parameters</source>
        <translation>总参数量</translation>
    </message>
    <message>
        <source>vocabulary size</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <source>no machine named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的机器</translation>
    </message>
    <message>
        <source>no model named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的模型</translation>
    </message>
    <message>
        <source>no quantization named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的量化</translation>
    </message>
    <message>
        <source>no workload named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的工作负载</translation>
    </message>
    <message>
        <source>%1 is %2; expected %3 to %4</source>
        <translation>%1 为 %2；应在 %3 到 %4 之间</translation>
    </message>
    <message>
        <source>%1 is %2; expected a value above zero</source>
        <translation>%1 为 %2；应为大于零的值</translation>
    </message>
    <message>
        <source>%1 is %2; expected at most %3</source>
        <translation>%1 为 %2；应不超过 %3</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 必须是有限数值</translation>
    </message>
    <message>
        <source>unknown workload &apos;%1&apos;; known: %2</source>
        <translation>未知的工作负载 &apos;%1&apos;；已知：%2</translation>
    </message>
    <message>
        <source>%1 does not fit on %2, so it has no speed there</source>
        <translation>%1 在 %2 上装不下，因此在该机器上没有速度</translation>
    </message>
    <message>
        <source>%1 (closest: %2)</source>
        <translation>%1（最接近：%2）</translation>
    </message>
    <message>
        <source>the shipped catalog is missing: %1 (rebuild, or set LOCALRIG_CATALOG)</source>
        <translation>缺少随附的目录：%1（请重新构建，或设置 LOCALRIG_CATALOG）</translation>
    </message>
    <message>
        <source>a cluster pools two to four machines</source>
        <translation>集群将二到四台机器合并使用</translation>
    </message>
    <message>
        <source>a multi-GPU build needs at least two cards</source>
        <translation>多 GPU 配置至少需要两张显卡</translation>
    </message>
</context>
<context>
    <name>EstimateCommand</name>
    <message>
        <source>Memory, fit and speed of one model on one machine.</source>
        <translation>一个模型在一台机器上的内存、适配情况和速度。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>localrig estimate: %1</source>
        <translation>localrig estimate: %1</translation>
    </message>
    <message>
        <source>localrig estimate: unexpected argument &apos;%1&apos;</source>
        <translation>localrig estimate: 意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>  Weights   %1</source>
        <translation>  权重      %1</translation>
    </message>
    <message>
        <source>  KV cache  %1</source>
        <translation>  KV 缓存   %1</translation>
    </message>
    <message>
        <source>  Overhead  %1</source>
        <translation>  开销      %1</translation>
    </message>
    <message>
        <source>  Total     %1   comfortable up to %2 of %3</source>
        <translation>  合计      %1   宽裕上限 %2（共 %3）</translation>
    </message>
    <message>
        <source>Fit         %1</source>
        <translation>适配        %1</translation>
    </message>
    <message>
        <source>Decode      %1 tokens/s (%2 to %3)</source>
        <translation>解码        %1 tokens/s（%2 至 %3）</translation>
    </message>
    <message numerus="yes">
        <source>Prefill     %1 tokens/s; first token after %2 s for %Ln prompt tokens</source>
        <translation>
            <numerusform>预填充      %1 tokens/s；%Ln 个提示 token 的首 token 耗时 %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Decode      none: the model does not fit</source>
        <translation>解码        无：模型装不下</translation>
    </message>
    <message>
        <source>Measured    at context %1 on %2%3: %4</source>
        <translation>实测        上下文 %1，%2%3：%4</translation>
    </message>
    <message>
        <source>; measured %1 tokens/s (%2, %3)</source>
        <translation>；实测 %1 tokens/s（%2，%3）</translation>
    </message>
    <message>
        <source>; measured %1 tokens/s on %2 (%3, %4)</source>
        <translation>；在 %2 上实测 %1 tokens/s（%3，%4）</translation>
    </message>
    <message numerus="yes">
        <source>, prefill %1 tokens/s (%Ln-token prompt)</source>
        <translation>
            <numerusform>，预填充 %1 tokens/s（%Ln token 提示）</numerusform>
        </translation>
    </message>
    <message>
        <source>, prefill %1 tokens/s</source>
        <translation>，预填充 %1 tokens/s</translation>
    </message>
    <message>
        <source>localrig estimate: name a catalog model and machine (--model NAME --machine NAME [--quant NAME]) or give raw figures (--params B --bpw X --layers N --kv-heads N --head-dim N --memory-gb X --bandwidth GBps); see --help</source>
        <translation>localrig estimate: 请指定目录中的模型和机器（--model NAME --machine NAME [--quant NAME]），或给出原始数据（--params B --bpw X --layers N --kv-heads N --head-dim N --memory-gb X --bandwidth GBps）；见 --help</translation>
    </message>
    <message>
        <source>Memory (GB = 2³⁰ bytes, as RAM is sold)</source>
        <translation>内存（GB = 2³⁰ 字节，与 RAM 的标称方式一致）</translation>
    </message>
</context>
<context>
    <name>EstimateRequest</name>
    <message>
        <source>Parallel sessions or agents, each with its own KV cache (default 1).</source>
        <translation>并行会话或智能体数，各有自己的 KV 缓存（默认 1）。</translation>
    </message>
    <message>
        <source>KV cache element type: f16, q8_0 or q4_0 (default f16).</source>
        <translation>KV 缓存元素类型：f16、q8_0 或 q4_0（默认 f16）。</translation>
    </message>
    <message>
        <source>Comfortable share of RAM for the model, 0.5-0.95 (default 0.75).</source>
        <translation>模型可宽裕使用的 RAM 比例，0.5-0.95（默认 0.75）。</translation>
    </message>
    <message>
        <source>Prompt length for the time to first token (default 4096).</source>
        <translation>计算首 token 时间所用的提示长度（默认 4096）。</translation>
    </message>
    <message>
        <source>Total parameters in billions (sets memory).</source>
        <translation>总参数量，单位十亿（决定内存）。</translation>
    </message>
    <message>
        <source>Active parameters per token in billions (MoE; sets speed).</source>
        <translation>每 token 激活参数量，单位十亿（MoE；决定速度）。</translation>
    </message>
    <message>
        <source>Effective bits per weight of the quantization (Q4_K_M is about 4.85).</source>
        <translation>量化的有效每权重位数（Q4_K_M 约为 4.85）。</translation>
    </message>
    <message>
        <source>Known model file size in decimal GB (wins over --bpw).</source>
        <translation>已知的模型文件大小，十进制 GB（优先于 --bpw）。</translation>
    </message>
    <message>
        <source>Transformer layers.</source>
        <translation>Transformer 层数。</translation>
    </message>
    <message>
        <source>Key/value heads per layer (GQA).</source>
        <translation>每层的键/值头数（GQA）。</translation>
    </message>
    <message>
        <source>Dimension of one attention head.</source>
        <translation>单个注意力头的维度。</translation>
    </message>
    <message>
        <source>Query heads (sizes the compute buffer).</source>
        <translation>查询头数（决定计算缓冲区大小）。</translation>
    </message>
    <message>
        <source>Layers whose cache grows with context (hybrid or sliding).</source>
        <translation>缓存随上下文增长的层数（混合或滑动窗口）。</translation>
    </message>
    <message>
        <source>Window of the other layers (sliding-window models).</source>
        <translation>其余层的窗口大小（滑动窗口模型）。</translation>
    </message>
    <message>
        <source>Fixed state per session of linear-attention layers.</source>
        <translation>线性注意力层每个会话的固定状态。</translation>
    </message>
    <message>
        <source>MLA latent rank (DeepSeek-V3/R1: 512).</source>
        <translation>MLA 潜在秩（DeepSeek-V3/R1：512）。</translation>
    </message>
    <message>
        <source>MLA rotary dimension (DeepSeek-V3/R1: 64).</source>
        <translation>MLA 旋转维度（DeepSeek-V3/R1：64）。</translation>
    </message>
    <message>
        <source>Unified or system RAM as marketed (binary GB).</source>
        <translation>标称的统一内存或系统 RAM（二进制 GB）。</translation>
    </message>
    <message>
        <source>VRAM of a discrete GPU (binary GB).</source>
        <translation>独立 GPU 的 VRAM（二进制 GB）。</translation>
    </message>
    <message>
        <source>unified, discrete or system (default unified).</source>
        <translation>unified、discrete 或 system（默认 unified）。</translation>
    </message>
    <message>
        <source>System RAM bandwidth for offloaded weights (default 50).</source>
        <translation>卸载权重所用的系统 RAM 带宽（默认 50）。</translation>
    </message>
    <message>
        <source>Dense FP16 TFLOPS (for prefill).</source>
        <translation>稠密 FP16 TFLOPS（用于预填充）。</translation>
    </message>
    <message>
        <source>metal, cuda, rocm, vulkan or cpu.</source>
        <translation>metal、cuda、rocm、vulkan 或 cpu。</translation>
    </message>
    <message>
        <source>Dequantization kernel: float16, q8, kquant, legacy4, iquant, fp4.</source>
        <translation>反量化内核：float16、q8、kquant、legacy4、iquant、fp4。</translation>
    </message>
    <message>
        <source>A catalog model by name or id (see localrig catalog list models).</source>
        <translation>目录中的模型名称或 id（见 localrig catalog list models）。</translation>
    </message>
    <message>
        <source>A catalog quantization, e.g. Q4_K_M (default Q4_K_M).</source>
        <translation>目录中的量化，如 Q4_K_M（默认 Q4_K_M）。</translation>
    </message>
    <message>
        <source>Context length per session in tokens: 8192, 32K or 128K (default 8192).</source>
        <translation>每个会话的上下文长度，单位 token：8192、32K 或 128K（默认 8192）。</translation>
    </message>
    <message>
        <source>Memory bandwidth of the GPU or unified pool in GB/s (decimal).</source>
        <translation>GPU 或统一内存池的内存带宽，单位 GB/s（十进制）。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export your own platforms, models and prices to a JSON or CSV file.</source>
        <translation>将您自己的平台、模型和价格导出到 JSON 或 CSV 文件。</translation>
    </message>
    <message>
        <source>The .json or .csv file to write.</source>
        <translation>要写入的 .json 或 .csv 文件。</translation>
    </message>
    <message>
        <source>localrig export: %1</source>
        <translation>localrig export: %1</translation>
    </message>
    <message>
        <source>localrig export: expected one FILE (.json or .csv)</source>
        <translation>localrig export: 需要一个 FILE（.json 或 .csv）</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig: 警告：%1</translation>
    </message>
    <message>
        <source>Exported %1 platform(s), %2 model(s) and %3 price(s) to %4</source>
        <translation>已将 %1 个平台、%2 个模型和 %3 个价格导出到 %4</translation>
    </message>
</context>
<context>
    <name>GenerationJson</name>
    <message>
        <source>video generation</source>
        <translation>视频生成</translation>
    </message>
    <message>
        <source>image generation</source>
        <translation>图像生成</translation>
    </message>
</context>
<context>
    <name>GuidePageCorrections</name>
    <message>
        <source>Guide correction %1 of %2.</source>
        <translation>指南更正：第 %1 条，共 %2 条。</translation>
    </message>
    <message>
        <source>The guide says: “%1”.</source>
        <translation>指南原文：“%1”。</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源表明：%1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>RTX 4070 Laptop 16GB</source>
        <translation>RTX 4070 Laptop 16GB</translation>
    </message>
    <message>
        <source>the RTX 4070 Laptop GPU has 8 GB of VRAM (128-bit, 256 GB/s); 16 GB can only be system RAM. The 16 GB laptop GPU is the RTX 4090 Laptop.</source>
        <translation>RTX 4070 Laptop GPU 只有 8 GB VRAM（128 位，256 GB/s）；16 GB 只可能是系统 RAM。配备 16 GB 显存的笔记本 GPU 是 RTX 4090 Laptop。</translation>
    </message>
    <message>
        <source>MacBook Air M4 16GB · $1,099</source>
        <translation>MacBook Air M4 16GB · $1,099</translation>
    </message>
    <message>
        <source>the M4 MacBook Air launched at $999; $1,099 is the M5 Air&apos;s launch price (March 2026), raised to $1,299 on 2026-06-25.</source>
        <translation>M4 MacBook Air 的首发价为 $999；$1,099 是 M5 Air 的首发价（2026 年 3 月），并于 2026-06-25 上调至 $1,299。</translation>
    </message>
    <message>
        <source>MacBook Pro M4 Pro 48GB · ~$2,000</source>
        <translation>MacBook Pro M4 Pro 48GB · ~$2,000</translation>
    </message>
    <message>
        <source>$1,999 was the 24 GB base model; the 48 GB configuration cost more (its price was not found), and the M4 Pro MacBook Pro was replaced by the M5 Pro in March 2026.</source>
        <translation>$1,999 是 24 GB 基础款的价格；48 GB 配置更贵（未找到其价格），且 M4 Pro MacBook Pro 已于 2026 年 3 月被 M5 Pro 取代。</translation>
    </message>
    <message>
        <source>Llama 4 Scout fits ~45GB at 4-bit</source>
        <translation>4 位的 Llama 4 Scout 约需 ~45GB</translation>
    </message>
    <message>
        <source>~43 GB is the 2-bit Q2_K file; 109B weights at 4 bits are at least 54.5 GB and the UD-Q4_K_XL file is 57.7 GiB, so 4-bit Scout needs a 96–128 GB machine.</source>
        <translation>~43 GB 是 2 位 Q2_K 文件的大小；109B 权重在 4 位下至少需要 54.5 GB，UD-Q4_K_XL 文件为 57.7 GiB，因此 4 位的 Scout 需要 96–128 GB 的机器。</translation>
    </message>
    <message>
        <source>Mistral Small 3.1 24B: ~18GB at 4-bit</source>
        <translation>Mistral Small 3.1 24B：4 位下约 ~18GB</translation>
    </message>
    <message>
        <source>Q4_K_M weights are ~14.6 GB (24e9 × 4.85 / 8) and ~14 GB runs it with an 8K context; ~17 GB is Q5_K_M.</source>
        <translation>Q4_K_M 权重约 ~14.6 GB（24e9 × 4.85 / 8），~14 GB 即可在 8K 上下文下运行它；~17 GB 是 Q5_K_M 的大小。</translation>
    </message>
    <message>
        <source>a 48GB MacBook Pro … offers 330 GB/s bandwidth</source>
        <translation>48GB 的 MacBook Pro … 提供 330 GB/s 带宽</translation>
    </message>
    <message>
        <source>Apple specifies up to 307 GB/s for the M5 Pro; the M4 Pro has 273 GB/s.</source>
        <translation>Apple 标称 M5 Pro 最高 307 GB/s；M4 Pro 为 273 GB/s。</translation>
    </message>
    <message>
        <source>M4 Max (546 GB/s); M5 Max 64GB … 614 GB/s</source>
        <translation>M4 Max（546 GB/s）；M5 Max 64GB … 614 GB/s</translation>
    </message>
    <message>
        <source>546 GB/s is only the 16-core-CPU / 40-core-GPU M4 Max (the binned M4 Max, e.g. the base Mac Studio, has 410 GB/s), and 614 GB/s only the 40-core-GPU M5 Max (~460 GB/s reported for the 32-core).</source>
        <translation>546 GB/s 仅适用于 16 核 CPU / 40 核 GPU 的 M4 Max（降级版 M4 Max，例如基础款 Mac Studio，为 410 GB/s）；614 GB/s 仅适用于 40 核 GPU 的 M5 Max（32 核 GPU 版据报道约 ~460 GB/s）。</translation>
    </message>
    <message>
        <source>NVIDIA DGX Spark · ~$3,000</source>
        <translation>NVIDIA DGX Spark · ~$3,000</translation>
    </message>
    <message>
        <source>$3,000 was the CES 2025 &quot;Project DIGITS&quot; figure; the Founders Edition launched at $3,999 (2025-10-15) and ~$4,699 was reported in 2026. Partner GB10 systems such as the ASUS Ascent GX10 cost about $3,000.</source>
        <translation>$3,000 是 CES 2025 上 &quot;Project DIGITS&quot; 公布的价格；Founders Edition 于 2025-10-15 以 $3,999 首发，2026 年有报道称约 ~$4,699。ASUS Ascent GX10 等合作伙伴的 GB10 系统售价约 $3,000。</translation>
    </message>
    <message>
        <source>Kimi K2.6 (~90GB?) for 96–128GB machines</source>
        <translation>Kimi K2.6（~90GB?）适合 96–128GB 的机器</translation>
    </message>
    <message>
        <source>Kimi K2.6 has about 1 trillion parameters; its native INT4 weights are ~594 GB (a 4-bit floor is 500 GB), so it fits no 128 GB machine.</source>
        <translation>Kimi K2.6 约有 1 万亿参数；其原生 INT4 权重约 ~594 GB（4 位的下限为 500 GB），因此任何 128 GB 机器都装不下。</translation>
    </message>
</context>
<context>
    <name>GuidePageRenderer</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a month&apos;s name, %2 its year, e.g. &quot;June 2026&quot;</extracomment>
        <translation>%2 年%1</translation>
    </message>
    <message>
        <source>the 2026 local-AI hardware guide</source>
        <translation>2026 本地 AI 硬件指南</translation>
    </message>
    <message>
        <source>No source recorded for this article.</source>
        <translation>本文未记录来源。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>independently confirmed</source>
        <translation>已独立确认</translation>
    </message>
    <message>
        <source>from the guide only, not independently confirmed</source>
        <translation>仅来自指南，未经独立确认</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import your platforms, models and prices from a JSON or CSV file.</source>
        <translation>从 JSON 或 CSV 文件导入您的平台、模型和价格。</translation>
    </message>
    <message>
        <source>A .json or .csv file written by localrig export.</source>
        <translation>由 localrig export 写出的 .json 或 .csv 文件。</translation>
    </message>
    <message>
        <source>localrig import: %1</source>
        <translation>localrig import: %1</translation>
    </message>
    <message>
        <source>localrig import: expected one FILE (.json or .csv)</source>
        <translation>localrig import: 需要一个 FILE（.json 或 .csv）</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig: 警告：%1</translation>
    </message>
    <message>
        <source>localrig import: there is no user database to import into</source>
        <translation>localrig import: 没有可导入的用户数据库</translation>
    </message>
    <message>
        <source>localrig import: nothing imported; fix these rows:</source>
        <translation>localrig import: 未导入任何内容；请修正以下行：</translation>
    </message>
    <message>
        <source>Imported %1 platform(s), %2 model(s) and %3 price(s) into %4</source>
        <translation>已将 %1 个平台、%2 个模型和 %3 个价格导入 %4</translation>
    </message>
    <message>
        <source>localrig import: nothing imported: %1</source>
        <translation>localrig import：未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>ImportModelCommand</name>
    <message>
        <source>Add a model to your catalog from a GGUF file or a Hugging Face config.json.</source>
        <translation>从 GGUF 文件或 Hugging Face config.json 将模型添加到您的目录。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>The model&apos;s name (default: the file&apos;s own).</source>
        <translation>模型名称（默认：文件自带的名称）。</translation>
    </message>
    <message>
        <source>The catalog quantization the file is in (default: its file type).</source>
        <translation>文件所用的目录量化（默认：其文件类型）。</translation>
    </message>
    <message>
        <source>Context of the Plan workload that runs the model (default 8192).</source>
        <translation>运行该模型的规划工作负载的上下文（默认 8192）。</translation>
    </message>
    <message>
        <source>Do not offer the model on the Plan page.</source>
        <translation>不在规划页上提供该模型。</translation>
    </message>
    <message>
        <source>A .gguf file, a config.json, or a folder holding one.</source>
        <translation>.gguf 文件、config.json，或包含其一的文件夹。</translation>
    </message>
    <message>
        <source>localrig import-model: %1</source>
        <translation>localrig import-model: %1</translation>
    </message>
    <message>
        <source>localrig import-model: expected one FILE (.gguf, config.json or a folder)</source>
        <translation>localrig import-model: 需要一个 FILE（.gguf、config.json 或文件夹）</translation>
    </message>
    <message>
        <source>localrig import-model: --context must be a number of tokens from 1 to 1073741824</source>
        <translation>localrig import-model: --context 必须是 1 到 1073741824 之间的 token 数</translation>
    </message>
    <message>
        <source>localrig import-model: %1: %2; nothing was saved</source>
        <translation>localrig import-model: %1: %2；未保存任何内容</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig: 警告：%1</translation>
    </message>
    <message>
        <source>localrig import-model: there is no user database to save the model in</source>
        <translation>localrig import-model: 没有可保存模型的用户数据库</translation>
    </message>
    <message>
        <source>%1 (your model)</source>
        <translation>%1（您的模型）</translation>
    </message>
    <message>
        <source>Replaced %1 (%2)</source>
        <translation>已替换 %1（%2）</translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation>已添加 %1（%2）</translation>
    </message>
    <message>
        <source>  Parameters  %1</source>
        <translation>  参数        %1</translation>
    </message>
    <message>
        <source>  Weights     %1 bytes at %2, exactly as in the file</source>
        <translation>  权重        %1 字节（%2），与文件完全一致</translation>
    </message>
    <message>
        <source>  Weights     estimated from bits per weight: the file states no exact size or no quantization</source>
        <translation>  权重        按每权重位数估算：文件未给出确切大小或量化类型</translation>
    </message>
    <message>
        <source>  Workload    &quot;%1&quot; on the Plan page, %2 tokens of context</source>
        <translation>  工作负载    规划页上的“%1”，上下文 %2 token</translation>
    </message>
    <message>
        <source>  Saved in    %1</source>
        <translation>  保存位置    %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>File          %1 (%2)</source>
        <translation>文件          %1（%2）</translation>
    </message>
    <message>
        <source>Architecture  %1</source>
        <translation>架构          %1</translation>
    </message>
    <message>
        <source>Name          %1</source>
        <translation>名称          %1</translation>
    </message>
    <message>
        <source>Parameters    %1 (%2)%3</source>
        <translation>参数          %1（%2）%3</translation>
    </message>
    <message>
        <source>, estimated from the shapes</source>
        <translation>，根据张量形状估算</translation>
    </message>
    <message>
        <source>Active        %1 (%2) per token</source>
        <translation>激活          每 token %1（%2）</translation>
    </message>
    <message>
        <source>%1 KV</source>
        <translation>%1 个 KV 头</translation>
    </message>
    <message>
        <source>KV %1 to %2 per layer</source>
        <translation>每层 %1 至 %2 个 KV 头</translation>
    </message>
    <message>
        <source>Layers        %1</source>
        <translation>层数          %1</translation>
    </message>
    <message>
        <source>Heads         %1 query, %2</source>
        <translation>注意力头      %1 个查询头，%2</translation>
    </message>
    <message>
        <source>Head dim      %1 (K) / %2 (V)</source>
        <translation>头维度        %1 (K) / %2 (V)</translation>
    </message>
    <message>
        <source>MLA           latent rank %1 + RoPE %2</source>
        <translation>MLA           潜在秩 %1 + RoPE %2</translation>
    </message>
    <message>
        <source>Window        %1 tokens on %2 of %3 layers</source>
        <translation>窗口          %1 token，作用于 %3 层中的 %2 层</translation>
    </message>
    <message>
        <source>Window        none</source>
        <translation>窗口          无</translation>
    </message>
    <message>
        <source>Experts       %1, %2 per token</source>
        <translation>专家          %1，每 token %2 个</translation>
    </message>
    <message>
        <source>Experts       none</source>
        <translation>专家          无</translation>
    </message>
    <message>
        <source>Context       %1 tokens</source>
        <translation>上下文        %1 token</translation>
    </message>
    <message>
        <source>Weights       %1 bytes (%2 GB, %3 bits per weight)</source>
        <translation>权重          %1 字节（%2 GB，每权重 %3 位）</translation>
    </message>
    <message>
        <source>File type     %1</source>
        <translation>文件类型      %1</translation>
    </message>
    <message>
        <source>Quantization mix</source>
        <translation>量化构成</translation>
    </message>
    <message>
        <source>  %1 %2 tensors %3 bytes %4 %</source>
        <translation>  %1 %2 个张量 %3 字节 %4 %</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>What a GGUF file or Hugging Face config.json says about its model.</source>
        <translation>GGUF 文件或 Hugging Face config.json 所描述的模型信息。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>A .gguf file, a config.json, or a folder holding one.</source>
        <translation>.gguf 文件、config.json，或包含其一的文件夹。</translation>
    </message>
    <message>
        <source>localrig inspect: %1</source>
        <translation>localrig inspect: %1</translation>
    </message>
    <message>
        <source>localrig inspect: a model file is required (FILE.gguf or config.json)</source>
        <translation>localrig inspect: 需要模型文件（FILE.gguf 或 config.json）</translation>
    </message>
    <message>
        <source>localrig inspect: expected one file, got %1</source>
        <translation>localrig inspect: 需要一个文件，收到 %1 个</translation>
    </message>
    <message>
        <source>localrig inspect: %1: %2</source>
        <translation>localrig inspect: %1: %2</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>localrig: unknown language &apos;%1&apos; for --lang (available: %2)</source>
        <translation>localrig: --lang 的语言 &apos;%1&apos; 未知（可用：%2）</translation>
    </message>
    <message>
        <source>localrig: --lang needs a language code (available: %1)</source>
        <translation>localrig: --lang 需要语言代码（可用：%1）</translation>
    </message>
</context>
<context>
    <name>MeasuredEvidence</name>
    <message>
        <source>mixture-of-experts models</source>
        <translation>混合专家模型</translation>
    </message>
    <message>
        <source>dense models</source>
        <translation>稠密模型</translation>
    </message>
    <message>
        <source>%1 %2 on %3 at %4 of context decoded %5 where LocalRig estimates %6</source>
        <translation>%1 %2 在 %3 上、%4 上下文时解码 %5，而 LocalRig 估计为 %6</translation>
    </message>
    <message>
        <source>published runs slower</source>
        <translation>已发布的运行更慢</translation>
    </message>
    <message>
        <source>published runs faster</source>
        <translation>已发布的运行更快</translation>
    </message>
    <message numerus="yes">
        <source>Published runs of this machine decode %1 at about %2 % of LocalRig&apos;s estimate (%n run(s)): %3. Its speeds for such models are scaled to those runs; see Hardware, Measured on this machine.</source>
        <translation>
            <numerusform>此机器已发布的运行中，%1 的解码速度约为 LocalRig 估计的 %2 %（%n 次运行）：%3。此类模型的速度已按这些运行换算；请参见“硬件”中的“在此机器上的实测”。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>MeasuredSpeedText</name>
    <message>
        <source>Measured: %1 tokens/s decode at %2 of context on %3.</source>
        <translation>实测：%3，上下文 %2 时解码 %1 tokens/s。</translation>
    </message>
    <message>
        <source>This machine usually runs %1; no %1 measurement is published.</source>
        <translation>此机器通常使用 %1；尚无已发布的 %1 实测数据。</translation>
    </message>
    <message>
        <source>Prefill: %1 tokens/s on a %2-token prompt.</source>
        <translation>预填充：%2 token 提示下 %1 tokens/s。</translation>
    </message>
    <message>
        <source>Prefill: %1 tokens/s.</source>
        <translation>预填充：%1 tokens/s。</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>来源：%1，%2</translation>
    </message>
    <message>
        <source>LocalRig&apos;s estimate: %1</source>
        <translation>LocalRig 估算：%1</translation>
    </message>
    <message>
        <source>%1 tokens/s measured</source>
        <translation>实测 %1 tokens/s</translation>
    </message>
    <message>
        <source>%1 tokens/s measured (%2)</source>
        <translation>实测 %1 tokens/s（%2）</translation>
    </message>
    <message>
        <source>%1 measured</source>
        <translation>%1 实测</translation>
    </message>
    <message>
        <source>%1 measured (%2)</source>
        <translation>%1 实测（%2）</translation>
    </message>
</context>
<context>
    <name>MemoryFitChart</name>
    <message>
        <source>Memory fit: %1</source>
        <translation>内存适配：%1</translation>
    </message>
    <message>
        <source>Memory fit: the largest model on each machine</source>
        <translation>内存适配：各机器上最大的模型</translation>
    </message>
    <message>
        <source>%1 · %2 — %3: %4 of %5</source>
        <translation>%1 · %2 — %3：%4（共 %5）</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>Memory (GB = 2³⁰ bytes)</source>
        <translation>内存（GB = 2³⁰ 字节）</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>%1: %2 of VRAM</source>
        <translation>%1：%2 VRAM</translation>
    </message>
    <message>
        <source>%1: %2 of memory</source>
        <translation>%1：%2 内存</translation>
    </message>
    <message>
        <source>Headroom %1 %</source>
        <translation>余量 %1 %</translation>
    </message>
    <message>
        <source>comfortable ≤ %1</source>
        <translation>宽裕 ≤ %1</translation>
    </message>
    <message>
        <source>%1: comfortable up to %2 (VRAM less a 1 GB margin)</source>
        <translation>%1：宽裕上限 %2（VRAM 减去 1 GB 余量）</translation>
    </message>
    <message>
        <source>%1: comfortable up to %2 (%3 % of memory, or what the GPU may use)</source>
        <translation>%1：宽裕上限 %2（内存的 %3 %，或 GPU 可用的量）</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <translation>↑ %1</translation>
    </message>
    <message>
        <source>%1: %2 of memory, comfortable up to %3; above this chart&apos;s range</source>
        <translation>%1：%2 内存，宽裕上限 %3；超出本图范围</translation>
    </message>
</context>
<context>
    <name>ModelFileFacts</name>
    <message>
        <source>%1 B (%2)</source>
        <translation>%1 B（%2）</translation>
    </message>
    <message>
        <source>%1 M (%2)</source>
        <translation>%1 M（%2）</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 种</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>%1, estimated from the shapes</source>
        <translation>%1，根据张量形状估算</translation>
    </message>
    <message>
        <source>Active per token</source>
        <translation>每 token 激活</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>MLA latent rank %1 + RoPE %2</source>
        <translation>MLA 潜在秩 %1 + RoPE %2</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV 头</translation>
    </message>
    <message>
        <source>%1 of %2 query heads</source>
        <translation>%1 个（查询头 %2 个）</translation>
    </message>
    <message>
        <source>%1 to %2 per layer, %3 query heads</source>
        <translation>每层 %1 至 %2 个，查询头 %3 个</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>头维度</translation>
    </message>
    <message>
        <source>%1 (K) / %2 (V)</source>
        <translation>%1 (K) / %2 (V)</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <source>%1 on %2 of %3 layers</source>
        <translation>%1，作用于 %3 层中的 %2 层</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>%1, %2 per token</source>
        <translation>%1，每 token %2 个</translation>
    </message>
    <message>
        <source>none (dense)</source>
        <translation>无（稠密）</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Quantization mix</source>
        <translation>量化构成</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>%1 bytes (%2 GB, %3 bits per weight)</source>
        <translation>%1 字节（%2 GB，每权重 %3 位）</translation>
    </message>
    <message>
        <source>not stated by the file: estimated from bits per weight</source>
        <translation>文件未给出：按每权重位数估算</translation>
    </message>
    <message>
        <source>%1 &lt; 0.1 %</source>
        <translation>%1 &lt; 0.1 %</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>LocalRig recommendation</source>
        <translation>LocalRig 推荐</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>A use case to plan for (repeatable), e.g. coding-assistant.</source>
        <translation>要规划的用例（可重复），如 coding-assistant。</translation>
    </message>
    <message>
        <source>Parallel agents or sessions (default: the workloads&apos; own).</source>
        <translation>并行智能体或会话数（默认：工作负载自身的值）。</translation>
    </message>
    <message>
        <source>Most you would spend, in USD.</source>
        <translation>最高预算，单位 USD。</translation>
    </message>
    <message>
        <source>apple, nvidia, amd or any (default any).</source>
        <translation>apple、nvidia、amd 或 any（默认 any）。</translation>
    </message>
    <message>
        <source>Laptops only.</source>
        <translation>仅限笔记本。</translation>
    </message>
    <message>
        <source>What you spend on a cloud API per month, in USD.</source>
        <translation>每月在云端 API 上的支出，单位 USD。</translation>
    </message>
    <message>
        <source>Electricity price (default 0.1648).</source>
        <translation>电价（默认 0.1648）。</translation>
    </message>
    <message>
        <source>Hours of generation per day (default 8).</source>
        <translation>每天生成的小时数（默认 8）。</translation>
    </message>
    <message>
        <source>Comfortable share of RAM, 0.5-0.95 (default 0.75).</source>
        <translation>可宽裕使用的 RAM 比例，0.5-0.95（默认 0.75）。</translation>
    </message>
    <message>
        <source>KV cache element type: f16, q8_0 or q4_0.</source>
        <translation>KV 缓存元素类型：f16、q8_0 或 q4_0。</translation>
    </message>
    <message>
        <source>Context length in tokens, e.g. 32768, 32K or 1M (default: each workload&apos;s own).</source>
        <translation>上下文长度，单位 token，如 32768、32K 或 1M（默认：各工作负载自身的值）。</translation>
    </message>
    <message>
        <source>Run the workloads at the same time: memory adds up and they share the bandwidth.</source>
        <translation>同时运行各工作负载：内存占用相加，并共享带宽。</translation>
    </message>
    <message>
        <source>You already have a desktop PC that takes a graphics card: cards cost the card alone.</source>
        <translation>您已有可安装显卡的台式机：显卡只按显卡本身计价。</translation>
    </message>
    <message>
        <source>Fine-tuning method: full, lora or qlora (default lora).</source>
        <translation>微调方法：full、lora 或 qlora（默认 lora）。</translation>
    </message>
    <message>
        <source>LoRA rank for fine-tuning (default 16).</source>
        <translation>微调的 LoRA 秩（默认 16）。</translation>
    </message>
    <message>
        <source>Sequences per fine-tuning step (default 1).</source>
        <translation>每个微调步的序列数（默认 1）。</translation>
    </message>
    <message>
        <source>Fine-tuning sequence length in tokens (default: the workload&apos;s context).</source>
        <translation>微调序列长度，单位为 token（默认：工作负载的上下文）。</translation>
    </message>
    <message>
        <source>Fine-tune without gradient checkpointing.</source>
        <translation>微调时不使用梯度检查点。</translation>
    </message>
    <message>
        <source>Fine-tuning optimizer: adamw, adamw_8bit or sgd.</source>
        <translation>微调优化器：adamw、adamw_8bit 或 sgd。</translation>
    </message>
    <message>
        <source>Tokens in one fine-tuning epoch, e.g. 10M (default 10M).</source>
        <translation>一轮微调的 token 数，例如 10M（默认 10M）。</translation>
    </message>
</context>
<context>
    <name>PriceSpeedChart</name>
    <message>
        <source>%1: %2, %3 with %4</source>
        <translation>%1：%2，运行 %4 时 %3</translation>
    </message>
    <message>
        <source>Price against speed</source>
        <translation>价格与速度</translation>
    </message>
    <message>
        <source>Price (US $)</source>
        <translation>价格（美元）</translation>
    </message>
    <message>
        <source>Machines that run the plan</source>
        <translation>可运行此规划的机器</translation>
    </message>
    <message>
        <source> — on the Pareto front</source>
        <translation> — 位于帕累托前沿</translation>
    </message>
    <message>
        <source>Pareto front (nothing cheaper is faster)</source>
        <translation>帕累托前沿（没有更便宜且更快的）</translation>
    </message>
    <message>
        <source>On the front</source>
        <translation>位于前沿</translation>
    </message>
    <message>
        <source>Decode speed (tokens/s)</source>
        <translation>解码速度（tokens/s）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>LocalRig</source>
        <translation>LocalRig</translation>
    </message>
    <message>
        <source>The bundled catalog cannot be read, so LocalRig cannot start.

%1</source>
        <translation>无法读取内置目录，LocalRig 无法启动。

%1</translation>
    </message>
    <message>
        <source>QApplication construction</source>
        <translation>构建 QApplication</translation>
    </message>
    <message>
        <source>settings and language</source>
        <translation>设置和语言</translation>
    </message>
    <message>
        <source>catalog open</source>
        <translation>打开目录</translation>
    </message>
    <message>
        <source>main window construction</source>
        <translation>构建主窗口</translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <source>Machines, best first:</source>
        <translation>机器（最佳优先）：</translation>
    </message>
    <message>
        <source>break-even %1</source>
        <translation>回本：%1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>From the guide:</source>
        <translation>指南摘录：</translation>
    </message>
    <message>
        <source>The tier and the machines your workloads need, ranked, with reasons.</source>
        <translation>您的工作负载所需的档位和机器，附排名与原因。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>localrig recommend: %1</source>
        <translation>localrig recommend: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>首 token %1</translation>
    </message>
    <message>
        <source>training %1 tokens/s, epoch %2</source>
        <translation>训练 %1 tokens/s，每轮 %2</translation>
    </message>
</context>
<context>
    <name>RecommendationExport</name>
    <message>
        <source>Export Recommendation</source>
        <translation>导出推荐</translation>
    </message>
    <message>
        <source>Tick at least one workload on the Plan page first.</source>
        <translation>请先在规划页上勾选至少一个工作负载。</translation>
    </message>
    <message>
        <source>LocalRig recommendation.pdf</source>
        <translation>LocalRig 推荐.pdf</translation>
    </message>
    <message>
        <source>Export Recommendation as PDF</source>
        <translation>将推荐导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the recommendation…</source>
        <translation>正在写入推荐…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the recommendation for your workloads as a PDF.</source>
        <translation>将针对您工作负载的推荐写成 PDF。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>localrig report: %1</source>
        <translation>localrig report: %1</translation>
    </message>
    <message>
        <source>localrig report: give the file to write with --pdf FILE</source>
        <translation>localrig report: 请用 --pdf FILE 指定要写入的文件</translation>
    </message>
    <message>
        <source>Wrote %1 in %2 ms</source>
        <translation>已写入 %1，耗时 %2 ms</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>LocalRig recommendation</source>
        <translation>LocalRig 推荐</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>Recommended tier</source>
        <translation>推荐档位</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From the guide</source>
        <translation>指南摘录</translation>
    </message>
    <message>
        <source>No machines were ranked.</source>
        <translation>没有机器参与排名。</translation>
    </message>
    <message>
        <source>Assumptions and formulas</source>
        <translation>假设与公式</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Prices change</source>
        <translation>价格会变动</translation>
    </message>
    <message>
        <source>Prepared %1 · catalog of %2</source>
        <translation>生成于 %1 · 目录日期 %2</translation>
    </message>
    <message>
        <source>%1 — the tier, your inputs and the reasons follow in the appendix.</source>
        <translation>%1 — 档位、您的输入和原因见附录。</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Price (complete)</source>
        <translation>价格（整套）</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首 token</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>回本</translation>
    </message>
    <message>
        <source>The top machines</source>
        <translation>首选机器</translation>
    </message>
    <message>
        <source>No priced machine runs this plan.</source>
        <translation>没有带价格的机器能运行此规划。</translation>
    </message>
    <message>
        <source>Appendix: your inputs</source>
        <translation>附录：您的输入</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Also good</source>
        <translation>同样不错</translation>
    </message>
    <message>
        <source>Appendix: every machine, ranked</source>
        <translation>附录：全部机器排名</translation>
    </message>
    <message>
        <source>Decode speed is the slowest workload&apos;s: at the start of a session, then with every session&apos;s context full. First token is for the workload&apos;s typical prompt.</source>
        <translation>解码速度取最慢的工作负载：先是会话开始时，再是每个会话的上下文都填满时。首 token 时间按该工作负载的典型提示计算。</translation>
    </message>
    <message>
        <source>Appendix: comparison of the top machines</source>
        <translation>附录：首选机器对比</translation>
    </message>
    <message>
        <source>Decode (tokens/s): start → full</source>
        <translation>解码（token/s）：开始 → 填满</translation>
    </message>
    <message>
        <source>Appendix: how to run it</source>
        <translation>附录：如何运行</translation>
    </message>
    <message>
        <source>The llama.cpp command each estimate assumes, on the top machines: context (-c), parallel sessions (-np), layers on the GPU (-ngl) and where the weights go.</source>
        <translation>各项估算在首选机器上所假定的 llama.cpp 命令：上下文（-c）、并行会话数（-np）、放在 GPU 上的层数（-ngl）以及权重的存放位置。</translation>
    </message>
    <message>
        <source>No machine runs this plan well, so there is no command to give.</source>
        <translation>没有机器能良好运行此规划，因此无法给出命令。</translation>
    </message>
    <message>
        <source>If you change the plan</source>
        <translation>如果更改方案</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Portable only</source>
        <translation>仅限便携</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>API spend today</source>
        <translation>当前 API 支出</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>%1 % of unified memory</source>
        <translation>统一内存的 %1 %</translation>
    </message>
    <message>
        <source>KV cache type</source>
        <translation>KV 缓存类型</translation>
    </message>
    <message>
        <source>Weights = total parameters × bits per weight ÷ 8 (Q4_K_M ≈ 4.85 bits); a measured file size wins when the catalog has one. Source: llama.cpp tools/quantize sizes, NyxKrage LLM calculator.</source>
        <translation>权重 = 总参数量 × 每权重位数 ÷ 8（Q4_K_M ≈ 4.85 位）；若目录中有实测文件大小，则以其为准。来源：llama.cpp tools/quantize 大小数据、NyxKrage LLM calculator。</translation>
    </message>
    <message>
        <source>KV cache per token = 2 × attention layers × KV heads × head dimension × bytes per element (f16 %1, q8_0 %2, q4_0 %3), × context × parallel sessions; MLA caches one latent per layer, sliding-window layers at most their window. Source: NVIDIA &quot;Mastering LLM Techniques: Inference Optimization&quot;; ggml block sizes; unsloth PR #4757.</source>
        <translation>每 token 的 KV 缓存 = 2 × 注意力层数 × KV 头数 × 头维度 × 每元素字节数（f16 %1，q8_0 %2，q4_0 %3），再 × 上下文 × 并行会话数；MLA 每层缓存一个潜在向量，滑动窗口层最多缓存其窗口大小。来源：NVIDIA &quot;Mastering LLM Techniques: Inference Optimization&quot;；ggml 块大小；unsloth PR #4757。</translation>
    </message>
    <message>
        <source>Overhead = %1 runtime + %2 MiB compute buffer per attention head (flash attention on). Source: Ollama issue #10765 (457 MiB CUDA minimum); NyxKrage&apos;s compute-buffer formula.</source>
        <translation>开销 = %1 运行时 + 每个注意力头 %2 MiB 计算缓冲区（启用 flash attention）。来源：Ollama issue #10765（CUDA 最少 457 MiB）；NyxKrage 的计算缓冲区公式。</translation>
    </message>
    <message>
        <source>Headroom rule: on unified memory a model is comfortable up to %1 % of RAM and tight up to what the GPU may use (macOS: about 2/3 of RAM at 16 GB, 3/4 at 32–64 GB, 0.84 at 128 GB); on a GPU it fits when it stays 1 GB under VRAM, else part of it is offloaded. Source: the guide; MTLDevice.recommendedMaxWorkingSetSize (llama.cpp #1870); llama.cpp PR #16653.</source>
        <translation>余量规则：在统一内存上，模型占用不超过 RAM 的 %1 % 为宽裕，不超过 GPU 可用量为紧张（macOS：16 GB 时约为 RAM 的 2/3，32–64 GB 时 3/4，128 GB 时 0.84）；在独立 GPU 上，比 VRAM 少 1 GB 以内即可装下，否则部分卸载。来源：指南；MTLDevice.recommendedMaxWorkingSetSize（llama.cpp #1870）；llama.cpp PR #16653。</translation>
    </message>
    <message>
        <source>Minimum speed to recommend a machine: %1. Source: LocalRig default, faster than reading.</source>
        <translation>推荐机器的最低速度：%1。来源：LocalRig 默认值，快于阅读速度。</translation>
    </message>
    <message>
        <source>Catalog date: %1.</source>
        <translation>目录日期：%1。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The 2026 local-AI hardware guide: tiers, use cases, headroom rule and disclaimer.</source>
        <translation>2026 本地 AI 硬件指南：档位、用例、余量规则与免责声明。</translation>
    </message>
    <message>
        <source>%1 price %2</source>
        <translation>%1 价格 %2</translation>
    </message>
    <message>
        <source>From the guide: specifications, availability, and pricing change frequently. Always verify current details directly with manufacturers and retailers before making purchasing decisions. Prices in this report are the catalog&apos;s as of its date.</source>
        <translation>指南摘录：规格、供货和价格经常变动。购买前请务必直接向制造商和零售商核实最新信息。本报告中的价格为目录截至其日期的价格。</translation>
    </message>
    <message>
        <source>%1 per kWh, %2 hours a day under load</source>
        <translation>电价每 kWh %1，每天负载 %2 小时</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Context × agents</source>
        <translation>上下文 × 智能体</translation>
    </message>
    <message>
        <source>%1 × %2, for every workload</source>
        <translation>%1 × %2，适用于每个工作负载</translation>
    </message>
    <message>
        <source>each workload&apos;s own: %1</source>
        <translation>各工作负载自身的值：%1</translation>
    </message>
    <message>
        <source>Run together</source>
        <translation>同时运行</translation>
    </message>
    <message>
        <source>yes: memory adds up, bandwidth is shared</source>
        <translation>是：内存占用相加，带宽共享</translation>
    </message>
    <message>
        <source>no: one workload at a time</source>
        <translation>否：一次运行一个工作负载</translation>
    </message>
    <message>
        <source>Own desktop PC</source>
        <translation>自有台式机</translation>
    </message>
    <message>
        <source>yes: cards are priced alone</source>
        <translation>是：显卡单独计价</translation>
    </message>
    <message>
        <source>no: cards are priced with a host PC</source>
        <translation>否：显卡连同主机计价</translation>
    </message>
    <message>
        <source>Total cost = the complete system&apos;s price (a graphics card with the desktop PC it needs) + load watts × hours a day × days × price per kWh, against the API spend per month; break-even is the first month whose cumulative API spend reaches the machine&apos;s cost, searched over %1 years, and only for machines that run the plan well. Source: the guide ($2,000 machine against $150/month ≈ a year); EIA 2024 electricity price.</source>
        <translation>总成本 = 整套系统价格（显卡加上其所需的台式机）+ 负载功率（瓦）× 每天小时数 × 天数 × 每 kWh 电价，与每月 API 支出对比；回本时间是累计 API 支出首次达到机器成本的月份，在 %1 年范围内查找，且仅针对能良好运行该规划的机器。来源：指南（$2,000 的机器对比每月 $150 ≈ 一年）；EIA 2024 年电价。</translation>
    </message>
    <message>
        <source>Verdicts: Great = fits under the headroom line, at least %1 at half the context and the first token within %2; Good = fits and stays at or above %3 when the context fills; Slow = under that, or the first token takes over %4; Too large = does not fit. Source: reading speed (Brysbaert 2019) and Nielsen&apos;s response-time limits.</source>
        <translation>结论：很好 = 装入余量线以下，上下文填满一半时至少 %1，且 %2 内出首 token；良好 = 装得下，上下文填满时仍不低于 %3；较慢 = 低于此值，或首 token 耗时超过 %4；太大 = 装不下。来源：阅读速度（Brysbaert 2019）和 Nielsen 的响应时间极限。</translation>
    </message>
    <message>
        <source>Sizing constants: LocalRig&apos;s documented defaults, each with its source in the formulas above.</source>
        <translation>规模估算常量：LocalRig 文档中的默认值，各自来源见上方公式。</translation>
    </message>
    <message>
        <source>Comfortable reading speed ≈ %1: a fast reader&apos;s 300 words a minute at about 1.3 tokens per word (the average is 238 words a minute). Source: Brysbaert (2019), J. Memory and Language 109.</source>
        <translation>舒适阅读速度 ≈ %1：快速阅读者每分钟读 300 词，每词约 1.3 个 token（平均为每分钟 238 词）。来源：Brysbaert (2019), J. Memory and Language 109。</translation>
    </message>
    <message>
        <source>Decode time per token = bytes read per token (active weights + KV cache at the current context) ÷ (η × memory bandwidth) + a launch time per layer + 2 × active parameters ÷ (FP16 FLOPS ÷ c); with offload the memory term is summed over the pools. η, the layer time and c are fitted to published llama.cpp runs; the band is the spread of their errors on hardware left out of the fit. Where two or more published runs of a machine miss its estimate by over 1.4× for the plan&apos;s kind of model, its speeds are scaled to their median. Source: llama-bench results; kipply, &quot;Transformer Inference Arithmetic&quot;.</source>
        <translation>每 token 解码时间 = 每 token 读取字节数（激活权重 + 当前上下文的 KV 缓存）÷（η × 内存带宽）+ 每层的启动时间 + 2 × 激活参数量 ÷（FP16 FLOPS ÷ c）；有卸载时，内存项按各内存池累加。η、每层时间和 c 按已发布的 llama.cpp 运行拟合；区间是在拟合时留出的硬件上误差的离散程度。若某机器针对本方案这类模型的两次或更多已发布运行与估计相差超过 1.4 倍，其速度按这些运行的中位数换算。来源：llama-bench 结果；kipply, &quot;Transformer Inference Arithmetic&quot;。</translation>
    </message>
    <message>
        <source>Prefill tokens/s = η × FP16 TFLOPS ÷ (2 × active parameters + attention at the prompt&apos;s depth), plus the weights read once per 512-token batch; time to first token for a %1 prompt. Source: kipply, &quot;Transformer Inference Arithmetic&quot;; gpu_poor.</source>
        <translation>预填充 tokens/s = η × FP16 TFLOPS ÷（2 × 激活参数量 + 提示深度处的注意力），另加每批 512 个 token 读取一次的权重；首 token 时间按 %1 的提示计算。来源：kipply, &quot;Transformer Inference Arithmetic&quot;；gpu_poor。</translation>
    </message>
</context>
<context>
    <name>RunAdvice</name>
    <message>
        <source>Some layers run from system RAM (partial offload), which slows every token.</source>
        <translation>部分层从系统内存运行（部分卸载），每个 token 都会变慢。</translation>
    </message>
    <message>
        <source>Experts of %1 of %2 layers in system RAM (%3 there, %4 on the card): faster than moving whole layers off the card.</source>
        <translation>%2 层中 %1 层的专家位于系统内存（那里 %3，显卡上 %4）：比把整层移出显卡更快。</translation>
    </message>
    <message>
        <source>%1: %2 layers, %3</source>
        <translation>%1：%2 层，%3</translation>
    </message>
    <message>
        <source>Layers split over the cards, each reading its own share in turn (%1).</source>
        <translation>各层分布在多张显卡上，每张依次读取自己的部分（%1）。</translation>
    </message>
    <message>
        <source>Run %1 with: %2</source>
        <translation>运行 %1 的命令：%2</translation>
    </message>
    <message>
        <source>macOS lets the GPU use %1 by default; this plan needs %2. Raising the limit with &quot;%3&quot; lets it use up to %4 and leaves %5 for macOS and your apps: close other programs while a model runs. The setting lasts until the next restart.</source>
        <translation>macOS 默认允许 GPU 使用 %1；此方案需要 %2。用“%3”提高上限后，GPU 最多可用 %4，并为 macOS 和您的应用留出 %5：模型运行时请关闭其他程序。该设置在下次重启前有效。</translation>
    </message>
    <message>
        <source>With tensor parallelism instead (vLLM --tensor-parallel-size %1, or llama.cpp -sm tensor) the cards read at the same time: about %2 tokens/s when the context is full, from one published comparison.</source>
        <translation>若改用张量并行（vLLM --tensor-parallel-size %1，或 llama.cpp -sm tensor），各卡同时读取：上下文填满时约 %2 tokens/s（据一项公开对比）。</translation>
    </message>
    <message>
        <source>Advanced setup: layers split over the machines, which pass every token along the network link in turn; the speed band is wide because few such setups are measured.</source>
        <translation>高级配置：各层分布在多台机器上，每个 token 依次经网络链路传递；此类配置的实测很少，因此速度区间较宽。</translation>
    </message>
</context>
<context>
    <name>TcoChart</name>
    <message>
        <source>Cost over time</source>
        <translation>成本随时间变化</translation>
    </message>
    <message>
        <source>Months after purchase</source>
        <translation>购买后月数</translation>
    </message>
    <message>
        <source>Cumulative cost (US $)</source>
        <translation>累计成本（美元）</translation>
    </message>
    <message>
        <source>%1, month %2: %3 (%4 price + %5 a month of electricity)</source>
        <translation>%1，第 %2 个月：%3（%4 价格 + 每月 %5 电费）</translation>
    </message>
    <message>
        <source>API, month %1: %2</source>
        <translation>API，第 %1 个月：%2</translation>
    </message>
    <message>
        <source>API %1/month</source>
        <translation>API %1/月</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>回本</translation>
    </message>
    <message>
        <source>%1 pays for itself in %2 (%3 spent either way)</source>
        <translation>%1 在%2回本（届时两者均已花费 %3）</translation>
    </message>
    <message>
        <source>break-even: %1</source>
        <translation>回本：%1</translation>
    </message>
</context>
<context>
    <name>TcoCommand</name>
    <message>
        <source>Total cost of a machine against monthly API spend, with the break-even month.</source>
        <translation>机器总成本与每月 API 支出对比，并给出回本月份。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Price of the machine in USD.</source>
        <translation>机器价格，单位 USD。</translation>
    </message>
    <message>
        <source>API spend per month in USD.</source>
        <translation>每月 API 支出，单位 USD。</translation>
    </message>
    <message>
        <source>Hours of generation per day (default 8).</source>
        <translation>每天生成的小时数（默认 8）。</translation>
    </message>
    <message>
        <source>Electricity price (default 0.1648, US 2024 average).</source>
        <translation>电价（默认 0.1648，美国 2024 年平均值）。</translation>
    </message>
    <message>
        <source>Months to compare (default 36).</source>
        <translation>比较的月数（默认 36）。</translation>
    </message>
    <message>
        <source>Share of the price recovered by selling at the end (default 0).</source>
        <translation>期末转售收回的价格比例（默认 0）。</translation>
    </message>
    <message>
        <source>localrig tco: %1</source>
        <translation>localrig tco: %1</translation>
    </message>
    <message>
        <source>Break-even in month %1 (the lines cross after %2 months)</source>
        <translation>第 %1 个月回本（两条线在 %2 个月后相交）</translation>
    </message>
    <message numerus="yes">
        <source>Never breaks even within %n month(s)</source>
        <translation>
            <numerusform>%n 个月内无法回本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s): local %1, API %2</source>
        <translation>
            <numerusform>%n 个月后：本地 %1，API %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Electricity: %1 per month (0 W)</source>
        <translation>电费：每月 %1（0 W）</translation>
    </message>
    <message>
        <source>Electricity: left out (give --watts, or --machine for its catalog load power)</source>
        <translation>电费：未计入（请提供 --watts，或用 --machine 采用其在目录中的负载功耗）</translation>
    </message>
    <message>
        <source>Electricity: left out, the catalog has no load power for %1 (give --watts)</source>
        <translation>电费：未计入，目录中没有 %1 的负载功耗（请提供 --watts）</translation>
    </message>
    <message>
        <source>Electricity: %1 per month (%2 under load, from the catalog for %3; %4 per kWh)</source>
        <translation>电费：每月 %1（负载 %2，取自目录中 %3 的数据；每 kWh %4）</translation>
    </message>
    <message>
        <source>Electricity: %1 per month (%2 under load; %3 per kWh)</source>
        <translation>电费：每月 %1（负载 %2；每 kWh %3）</translation>
    </message>
    <message>
        <source>Wall power while generating (default: the machine&apos;s catalog load power with --machine, else electricity is left out).</source>
        <translation>生成时的整机功耗（默认：使用 --machine 时取该机器在目录中的负载功耗，否则不计电费）。</translation>
    </message>
    <message>
        <source>A catalog machine by name or id, for its load power (see localrig catalog list machines).</source>
        <translation>目录中的机器名称或 id，用于取其负载功耗（见 localrig catalog list machines）。</translation>
    </message>
</context>
<context>
    <name>ThisComputerText</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>本机（%1）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>form factor</source>
        <translation>形态</translation>
    </message>
    <message>
        <source>memory kind</source>
        <translation>内存类型</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16 TFLOPS</translation>
    </message>
    <message>
        <source>load power</source>
        <translation>负载功耗</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;b&gt;Detected&lt;/b&gt; on this computer: %1.</source>
        <translation>在本机&lt;b&gt;检测到&lt;/b&gt;：%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the catalog&apos;s %1&lt;/b&gt;, which has the same chip: %2. Check them.</source>
        <translation>&lt;b&gt;取自目录中的 %1&lt;/b&gt;（芯片相同）：%2。请核对。</translation>
    </message>
    <message>
        <source>&lt;b&gt;You need to enter&lt;/b&gt;: %1. LocalRig cannot read these from the system and does not guess them; the maker&apos;s specification sheet lists them.</source>
        <translation>&lt;b&gt;需要您填写&lt;/b&gt;：%1。LocalRig 无法从系统读取这些数据，也不会猜测；可在厂商的规格表中查到。</translation>
    </message>
    <message>
        <source>%1 with %2 cores, %3 threads</source>
        <translation>%1，%2 核，%3 线程</translation>
    </message>
    <message>
        <source>%1 GiB reported by %2</source>
        <translation>%1 GiB（由 %2 报告）</translation>
    </message>
    <message>
        <source>%1 GPU</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source>%1 with %2 GiB</source>
        <translation>%1，%2 GiB</translation>
    </message>
    <message>
        <source>no GPU</source>
        <translation>无 GPU</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;找到&lt;/b&gt;：%1。</translation>
    </message>
    <message>
        <source>Source: measured on this computer, %1</source>
        <translation>来源：在本机实测，%1</translation>
    </message>
    <message>
        <source>fast, with headroom</source>
        <translation>速度快，余量充足</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured&lt;/b&gt; on this computer, %1: memory reads at %2 GB/s (the best of %3 passes on %4 threads; median %5 GB/s).</source>
        <translation>在本机&lt;b&gt;实测&lt;/b&gt;（%1）：内存读取 %2 GB/s（%4 线程下 %3 次中最佳；中位数 %5 GB/s）。</translation>
    </message>
    <message>
        <source>That is the system RAM behind the graphics card; the card&apos;s own VRAM bandwidth is the figure below.</source>
        <translation>这是显卡之外的系统 RAM 的带宽；显卡自身的 VRAM 带宽是下面的数值。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not measured&lt;/b&gt;: the measurement was cancelled. Type the memory bandwidth below.</source>
        <translation>&lt;b&gt;未测量&lt;/b&gt;：测量已取消。请在下方输入内存带宽。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not measured&lt;/b&gt;: %1 Type the memory bandwidth below.</source>
        <translation>&lt;b&gt;未测量&lt;/b&gt;：%1 请在下方输入内存带宽。</translation>
    </message>
</context>
<context>
    <name>TierCardBuilder</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <translation>%1–%2 GB</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recommendation yet</source>
        <translation>暂无推荐</translation>
    </message>
    <message>
        <source>Beyond the guide&apos;s tiers</source>
        <translation>超出指南的档位</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>需要 %1</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 · %3 × %n agent(s) · %4</source>
        <translation>
            <numerusform>%1：%2 · %3 × %n 个智能体 · %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Your context or agent count applies to every workload above.</source>
        <translation>您设置的上下文或智能体数适用于上面的每个工作负载。</translation>
    </message>
    <message>
        <source>All at the same time: %1 in memory together.</source>
        <translation>全部同时运行：内存中合计 %1。</translation>
    </message>
    <message>
        <source>No machine to recommend</source>
        <translation>没有可推荐的机器</translation>
    </message>
    <message>
        <source>Buy this: %1 — %2</source>
        <translation>推荐购买：%1 — %2</translation>
    </message>
    <message>
        <source>The card %1 + %2 %3</source>
        <translation>显卡 %1 + %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Pays for itself against your API spend in %1.</source>
        <translation>与您的 API 支出相比，%1回本。</translation>
    </message>
    <message>
        <source>Does not pay for itself against your API spend within 10 years.</source>
        <translation>与您的 API 支出相比，10 年内无法回本。</translation>
    </message>
    <message>
        <source>Tick one or more workloads to see the machine to buy.</source>
        <translation>勾选一个或多个工作负载，查看应购买的机器。</translation>
    </message>
    <message>
        <source>; first token in %1 for a prompt of %2</source>
        <translation>；对 %2 的提示，首 token 耗时 %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n cards %1 + %2 %3</source>
        <translation>
            <numerusform>%n 张显卡 %1 + %2 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advanced: %n machines joined through a network switch, set up by hand (llama.cpp RPC or exo); the price is the machines together, and the switch comes on top.</source>
        <translation>
            <numerusform>高级：%n 台机器通过网络交换机连接，需手动配置（llama.cpp RPC 或 exo）；价格为这些机器的合计，交换机另计。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advanced: %n machines joined by one network cable, set up by hand (llama.cpp RPC or exo); the price is the machines together.</source>
        <translation>
            <numerusform>高级：%n 台机器用一根网线连接，需手动配置（llama.cpp RPC 或 exo）；价格为这些机器的合计。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingWording</name>
    <message>
        <source>full fine-tuning</source>
        <translation>全量微调</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>QLoRA</source>
        <translation>QLoRA</translation>
    </message>
    <message>
        <source>%1 rank %2</source>
        <translation>%1 秩 %2</translation>
    </message>
    <message>
        <source>%1 · batch %2 × %3 tokens</source>
        <translation>%1 · 批次 %2 × %3 token</translation>
    </message>
    <message>
        <source>%1 · gradient checkpointing</source>
        <translation>%1 · 梯度检查点</translation>
    </message>
    <message>
        <source>%1 · no checkpointing</source>
        <translation>%1 · 无梯度检查点</translation>
    </message>
    <message>
        <source>%1 weights + %2 trainable state (adapters, gradients, optimizer) + %3 activations + %4 overhead</source>
        <translation>权重 %1 + 可训练状态 %2（适配器、梯度、优化器）+ 激活 %3 + 开销 %4</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · %4 to train (%5)</source>
        <translation>%1：%2 · %3 · 训练需 %4（%5）</translation>
    </message>
    <message>
        <source>does not fit for training on one device</source>
        <translation>单个设备装不下训练</translation>
    </message>
    <message>
        <source>fits for training; speed not estimated (no published 16-bit FLOPS for this machine)</source>
        <translation>可用于训练；未估算速度（此机器没有公开的 16 位 FLOPS）</translation>
    </message>
    <message>
        <source>about %1 training tokens/s (%2–%3); an epoch of %4 tokens takes about %5 (%6–%7)</source>
        <translation>训练约 %1 tokens/s（%2–%3）；一轮 %4 token 约需 %5（%6–%7）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>naive</source>
        <translation>朴素</translation>
    </message>
    <message>
        <source>Cross-validated accuracy of the speed model on a measurements CSV.</source>
        <translation>速度模型在测量数据 CSV 上的交叉验证准确度。</translation>
    </message>
    <message>
        <source>localrig validate: %1</source>
        <translation>localrig validate: %1</translation>
    </message>
    <message>
        <source>localrig validate: --data FILE is required (and nothing else)</source>
        <translation>localrig validate: 必须且只能提供 --data FILE</translation>
    </message>
    <message>
        <source>localrig validate: %1: %2</source>
        <translation>localrig validate: %1: %2</translation>
    </message>
    <message>
        <source>Decode, leave-one-hardware-out (%1 hardware): each hardware predicted by a fit without its rows.</source>
        <translation>解码，留一硬件交叉验证（%1 种硬件）：每种硬件都由不含其数据行的拟合来预测。</translation>
    </message>
    <message>
        <source>Decode, leave-one-model-family-out (%1 families): each model family predicted by a fit without its rows.</source>
        <translation>解码，留一模型系列交叉验证（%1 个系列）：每个模型系列都由不含其数据行的拟合来预测。</translation>
    </message>
    <message>
        <source>Absolute percentage error median / p90 / band coverage (%), naive median / p90:</source>
        <translation>绝对百分比误差 中位数 / p90 / 区间覆盖率（%），朴素 中位数 / p90：</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>one constant</source>
        <translation>单常数</translation>
    </message>
    <message>
        <source>Prefill and time to first token by backend (rows with sourced FP16 FLOPS):</source>
        <translation>按后端统计的预填充与首 token 时间（有来源 FP16 FLOPS 的数据行）：</translation>
    </message>
    <message>
        <source>  %1 rows %2  prefill %3  TTFT %4</source>
        <translation>  %1 行数 %2  预填充 %3  TTFT %4</translation>
    </message>
    <message>
        <source>one constant = tokens/s = c x bandwidth / bytes per token (c = %1 on all rows, refitted per fold); naive = bandwidth / file size.</source>
        <translation>单常数 = tokens/s = c x 带宽 / 每 token 字节数（全部数据行上 c = %1，每折重新拟合）；朴素 = 带宽 / 文件大小。</translation>
    </message>
    <message>
        <source>coverage = share of rows inside [low, high] built from other groups&apos; residuals only.</source>
        <translation>覆盖率 = 落在 [low, high] 内的数据行比例，该区间仅由其他组的残差构建。</translation>
    </message>
    <message>
        <source>Candidate decode forms (free parameters; median / p90 / coverage):</source>
        <translation>候选解码公式（自由参数数；中位数 / p90 / 覆盖率）：</translation>
    </message>
    <message>
        <source>Worst rows (leave-one-hardware-out):</source>
        <translation>误差最大的数据行（留一硬件）：</translation>
    </message>
    <message>
        <source>  %1%  measured %2, predicted %3  %4</source>
        <translation>  %1%  实测 %2，预测 %3  %4</translation>
    </message>
    <message>
        <source>Worst prefill rows (leave-one-hardware-out):</source>
        <translation>误差最大的预填充数据行（留一硬件）：</translation>
    </message>
    <message>
        <source>Also cross-validate every candidate decode form (slower).</source>
        <translation>同时交叉验证每个候选解码公式（较慢）。</translation>
    </message>
    <message>
        <source>Report with candidate decode form N of --forms (1 = one constant ...) instead of the chosen one.</source>
        <translation>使用 --forms 中的第 N 个候选解码公式（1 = 单常数 ...）而非选定的公式来报告。</translation>
    </message>
    <message>
        <source>localrig validate: --form takes 1 to %1</source>
        <translation>localrig validate: --form 的取值为 1 到 %1</translation>
    </message>
    <message>
        <source>Decode form: %1 (layer %2 us, KV x%3, compute factor %4)</source>
        <translation>解码形式：%1（每层 %2 us，KV x%3，计算系数 %4）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Expert-offload rows (validation only, never fitted; leave-one-hardware-out):</source>
        <translation>专家放在系统内存中的数据行（仅用于验证，从不参与拟合；每次留出一种硬件）：</translation>
    </message>
    <message numerus="yes">
        <source>%1 x%2 from %n row(s) at depth</source>
        <translation>
            <numerusform>%1 x%2，来自 %n 行有深度的数据</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows at depth</source>
        <translation>没有有深度的数据行</translation>
    </message>
    <message>
        <source>Prefill form: attention FLOPs x%1 (%2), weights read once per micro-batch: %3</source>
        <translation>预填充形式：注意力 FLOPs x%1（%2），每个微批次读取一次权重：%3</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Comfortable</source>
        <translation>宽裕</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>紧张</translation>
    </message>
    <message>
        <source>Fits in VRAM</source>
        <translation>可装入 VRAM</translation>
    </message>
    <message>
        <source>Partial offload</source>
        <translation>部分卸载</translation>
    </message>
    <message>
        <source>Won&apos;t fit</source>
        <translation>装不下</translation>
    </message>
    <message>
        <source>%1 needs %2, above the comfortable %3.</source>
        <translation>%1 需要 %2，超过宽裕上限 %3。</translation>
    </message>
    <message>
        <source>%1 keeps only %2 % of its weights in VRAM; the rest runs from system RAM, much slower.</source>
        <translation>%1 只有 %2 % 的权重在 VRAM 中；其余从系统 RAM 运行，慢得多。</translation>
    </message>
    <message>
        <source>%1 needs %2, but at most %3 is usable.</source>
        <translation>%1 需要 %2，但最多只能使用 %3。</translation>
    </message>
    <message>
        <source>%1 decodes at about %2, under the %3 minimum.</source>
        <translation>%1 解码约 %2，低于最低要求 %3。</translation>
    </message>
    <message>
        <source>Costs %1, over your %2 budget.</source>
        <translation>价格 %1，超出您的预算 %2。</translation>
    </message>
    <message>
        <source>Made by %1, not the vendor you chose.</source>
        <translation>厂商为 %1，不是您所选的厂商。</translation>
    </message>
    <message>
        <source>Not portable.</source>
        <translation>不便携。</translation>
    </message>
    <message>
        <source>No sourced price in the catalog.</source>
        <translation>目录中没有有来源的价格。</translation>
    </message>
    <message>
        <source>The price is for the graphics card alone; it needs a desktop PC around it.</source>
        <translation>该价格仅为显卡本身；还需要一台台式机来安装它。</translation>
    </message>
    <message>
        <source>Pays for itself against your API spend in month %1.</source>
        <translation>与您的 API 支出相比，第 %1 个月回本。</translation>
    </message>
    <message>
        <source>The largest footprint is %1, so a unified-memory machine needs about %2 to stay under the headroom line.</source>
        <translation>最大占用为 %1，因此统一内存机器需要约 %2 才能保持在余量线以下。</translation>
    </message>
    <message>
        <source>No machine in the catalog meets every need; the closest are listed first.</source>
        <translation>目录中没有机器满足全部需求；最接近的排在前面。</translation>
    </message>
    <message>
        <source>Check what you actually run: a download called &quot;DeepSeek-R1&quot; is often the 1.5 B distill, not %1.</source>
        <translation>请确认您实际运行的模型：名为“DeepSeek-R1”的下载通常是 1.5 B 蒸馏版，而不是 %1。</translation>
    </message>
    <message>
        <source>This plan needs about %1; 128 GB is rarely needed for it — 48 GB covers most developer work.</source>
        <translation>此规划约需 %1；很少需要 128 GB —— 48 GB 足以满足大多数开发工作。</translation>
    </message>
    <message>
        <source>A %1 context for retrieval work: retrieving the relevant 4–8K tokens is usually faster and cheaper than stuffing the context.</source>
        <translation>检索类工作使用 %1 上下文：检索相关的 4–8K token 通常比塞满上下文更快、更便宜。</translation>
    </message>
    <message>
        <source>%1 was trained for %2; %3 needs context extension and may lose quality.</source>
        <translation>%1 的训练上下文为 %2；%3 需要上下文扩展，质量可能下降。</translation>
    </message>
    <message>
        <source>%1: all %2 B parameters set the memory, the %3 B active ones set the speed.</source>
        <translation>%1：全部 %2 B 参数决定内存，%3 B 激活参数决定速度。</translation>
    </message>
    <message>
        <source>%1 has head dimension %2, not a multiple of 32, so a quantized KV cache may not load.</source>
        <translation>%1 的头维度为 %2，不是 32 的倍数，因此量化 KV 缓存可能无法加载。</translation>
    </message>
    <message>
        <source>no tier in the catalog</source>
        <translation>目录中无对应档位</translation>
    </message>
    <message>
        <source>%1 instead of %2</source>
        <translation>用 %1 代替 %2</translation>
    </message>
    <message>
        <source>Halving the context to %1</source>
        <translation>上下文减半至 %1</translation>
    </message>
    <message>
        <source>Doubling the context to %1</source>
        <translation>上下文加倍至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n parallel agent(s)</source>
        <translation>
            <numerusform>%n 个并行智能体</numerusform>
        </translation>
    </message>
    <message>
        <source>A q8_0 KV cache</source>
        <translation>使用 q8_0 KV 缓存</translation>
    </message>
    <message>
        <source>%1 needs %2 (%3)</source>
        <translation>%1：需要 %2（%3）</translation>
    </message>
    <message>
        <source> — changes the verdict on the top machine to %1</source>
        <translation> — 首选机器的结论变为“%1”</translation>
    </message>
    <message>
        <source>Invalid input: %1</source>
        <translation>输入无效：%1</translation>
    </message>
    <message>
        <source>Out of range: %1</source>
        <translation>超出范围：%1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <source>The catalog cannot be trusted: %1</source>
        <translation>目录不可信：%1</translation>
    </message>
    <message>
        <source>File error: %1</source>
        <translation>文件错误：%1</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>%1 tokens/s (%2–%3)</source>
        <translation>%1 tokens/s（%2–%3）</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>%1K tokens</source>
        <translation>%1K token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>Good start</source>
        <translation>入门之选</translation>
    </message>
    <message>
        <source>Best value</source>
        <translation>最佳性价比</translation>
    </message>
    <message>
        <source>Power users</source>
        <translation>进阶用户</translation>
    </message>
    <message>
        <source>Specialized</source>
        <translation>专业用途</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>第 %1 档</translation>
    </message>
    <message>
        <source>Runs every workload under the headroom line, fast at its typical depth, first token quickly.</source>
        <translation>每个工作负载都在余量线以下运行，在典型上下文深度下速度快，首 token 出得快。</translation>
    </message>
    <message numerus="yes">
        <source>Does not pay for itself within %n year(s).</source>
        <translation>
            <numerusform>%n 年内无法回本。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the cheapest complete machine that runs every workload well.</source>
        <translation>%1 是能良好运行每个工作负载的最便宜整机。</translation>
    </message>
    <message>
        <source>Discontinued: no longer sold new, and the catalog has no used-market price.</source>
        <translation>已停产：不再以新品出售，目录中也没有二手价格。</translation>
    </message>
    <message>
        <source>%1: the guide says “%2”; sources say: %3.</source>
        <translation>%1：指南称“%2”；来源显示：%3。</translation>
    </message>
    <message>
        <source>On %1 the plan needs %2, past the %3 macOS lets the GPU use by default: raising the limit to %4 (&quot;%5&quot;) lets the GPU hold it all (%6); macOS and your apps keep %7, and the setting lasts until the next restart.</source>
        <translation>在 %1 上，此规划需要 %2，超过了 macOS 默认允许 GPU 使用的 %3：将上限提高到 %4（“%5”）后，GPU 即可全部容纳（%6）；macOS 和您的应用保留 %7，该设置在下次重启前有效。</translation>
    </message>
</context>
<context>
    <name>localrig::app::StartupBenchmark</name>
    <message>
        <source>show to first paint</source>
        <translation>从显示到首次绘制</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1：%2 毫秒</translation>
    </message>
    <message>
        <source>main() to first paint: %1 ms</source>
        <translation>从 main() 到首次绘制：%1 毫秒</translation>
    </message>
    <message>
        <source>peak resident memory: %1 MB</source>
        <translation>峰值常驻内存：%1 MB</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ArticleListModel</name>
    <message>
        <source>Three shifts</source>
        <translation>三大转变</translation>
    </message>
    <message>
        <source>Buying mistakes</source>
        <translation>购买误区</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in this article</source>
        <translation>
            <numerusform>本文中 %n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>匹配</translation>
    </message>
</context>
<context>
    <name>localrig::ui::CatalogFileDialogs</name>
    <message>
        <source>Import Catalog</source>
        <translation>导入目录</translation>
    </message>
    <message>
        <source>Catalog files (*.json *.csv)</source>
        <translation>目录文件 (*.json *.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>未导入任何内容。

%1</translation>
    </message>
    <message>
        <source>Imported %1 machines, %2 models and %3 prices.</source>
        <translation>已导入 %1 台机器、%2 个模型和 %3 个价格。</translation>
    </message>
    <message>
        <source>Export Catalog</source>
        <translation>导出目录</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ComparePage</name>
    <message>
        <source>&amp;Machines to compare (2–4)</source>
        <translation>要比较的机器（2–4 台）(&amp;M)</translation>
    </message>
    <message>
        <source>M&amp;odels of your plan</source>
        <translation>规划中的模型(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>档位(&amp;T)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
Filtered out by your budget, vendor or portability choice</source>
        <translation>%1
已被您的预算、厂商或便携性选择筛除</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>At most %1 machines side by side; untick one first.</source>
        <translation>最多并排比较 %1 台机器；请先取消勾选一台。</translation>
    </message>
    <message>
        <source>Tick one or more workloads on the Plan page.</source>
        <translation>请在规划页上勾选一个或多个工作负载。</translation>
    </message>
    <message>
        <source>Tick at least %1 machines to compare them.</source>
        <translation>请至少勾选 %1 台机器进行比较。</translation>
    </message>
    <message>
        <source>Show the plan&apos;s &amp;top machines</source>
        <translation>显示规划的首选机器(&amp;S)</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>用于：%1</translation>
    </message>
</context>
<context>
    <name>localrig::ui::GuidePage</name>
    <message>
        <source>&amp;Search the guide:</source>
        <translation>搜索指南(&amp;S)：</translation>
    </message>
    <message>
        <source>Words to find (Ctrl+F)</source>
        <translation>要查找的词（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows the articles containing every word. Enter or F3: next hit; Shift+Enter or Shift+F3: previous hit; Escape: clear.</source>
        <translation>显示包含所有词的文章。Enter 或 F3：下一处；Shift+Enter 或 Shift+F3：上一处；Escape：清除。</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>上一处匹配</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一处匹配</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>目录(&amp;O)</translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation>指南目录</translation>
    </message>
    <message>
        <source>Guide article</source>
        <translation>指南文章</translation>
    </message>
    <message>
        <source>No guide articles are installed. Reinstall LocalRig, or import a catalog that includes them.</source>
        <translation>未安装指南文章。请重新安装 LocalRig，或导入包含指南文章的目录。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>No article contains every word.</source>
        <translation>没有文章包含所有词。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) in %1</source>
        <translation>
            <numerusform>%Ln 处匹配，位于 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Hit %1 of %2 in this article</source>
        <translation>本文第 %1 处匹配，共 %2 处</translation>
    </message>
</context>
<context>
    <name>localrig::ui::HardwarePage</name>
    <message>
        <source>Name or vendor</source>
        <translation>名称或厂商</translation>
    </message>
    <message>
        <source>Memory a model can use: unified or system memory, or VRAM on a discrete GPU.</source>
        <translation>模型可用的内存：统一内存或系统内存，或独立 GPU 的 VRAM。</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Context used for the models each machine runs comfortably.</source>
        <translation>计算每台机器可宽裕运行的模型时使用的上下文。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Ve&amp;ndor:</source>
        <translation>厂商(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Memory at least:</source>
        <translation>内存至少(&amp;M)：</translation>
    </message>
    <message>
        <source>F&amp;orm factor:</source>
        <translation>形态(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Add my machine…</source>
        <translation>添加我的机器(&amp;A)…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <source>Saves your version in your own catalog; the shipped figures stay as they are.</source>
        <translation>将您的版本保存在您自己的目录中；内置数据保持不变。</translation>
    </message>
    <message>
        <source>Edit &amp;price…</source>
        <translation>编辑价格(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Deletes a machine you added; shipped machines cannot be deleted.</source>
        <translation>删除您添加的机器；内置机器无法删除。</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有厂商</translation>
    </message>
    <message>
        <source>All form factors</source>
        <translation>所有形态</translation>
    </message>
    <message>
        <source>Your own catalog could not be opened, so nothing can be saved.</source>
        <translation>无法打开您自己的目录，因此无法保存任何内容。</translation>
    </message>
    <message>
        <source>Delete machine</source>
        <translation>删除机器</translation>
    </message>
    <message>
        <source>Delete %1 from your catalog? Its prices go with it.</source>
        <translation>要从您的目录中删除 %1 吗？其价格也会一并删除。</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Reads this computer&apos;s memory, CPU and GPU and proposes it as your machine, so you can compare what you have with what you would buy.</source>
        <translation>读取本机的内存、CPU 和 GPU，并将其作为您的机器，以便比较您已有的和打算购买的机器。</translation>
    </message>
    <message>
        <source>Detect This Computer</source>
        <translation>检测本机</translation>
    </message>
    <message>
        <source>LocalRig could not read what this computer is.

%1</source>
        <translation>LocalRig 无法识别本机。

%1</translation>
    </message>
    <message>
        <source>Detect This Comp&amp;uter…</source>
        <translation>检测本机(&amp;U)…</translation>
    </message>
    <message>
        <source>What Runs &amp;Here…</source>
        <translation>本机能运行什么(&amp;H)…</translation>
    </message>
    <message>
        <source>Grades your machine for every workload as the Plan page would, and names the smallest upgrade for each one it does not do well.</source>
        <translation>像规划页那样为您的机器评估每个工作负载，并为每个运行不佳的工作负载给出最小升级方案。</translation>
    </message>
    <message>
        <source>Measure Memory Bandwidth</source>
        <translation>测量内存带宽</translation>
    </message>
    <message>
        <source>LocalRig could not measure this computer&apos;s memory bandwidth.

%1

Type it in the next window instead: the maker&apos;s specification sheet lists it.</source>
        <translation>LocalRig 无法测量本机的内存带宽。

%1

请改在下一个窗口中输入：可在厂商的规格表中查到。</translation>
    </message>
</context>
<context>
    <name>localrig::ui::MainWindow</name>
    <message>
        <source>LocalRig</source>
        <translation>LocalRig</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Recommendation as PDF…</source>
        <translation>将推荐导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation>导入目录(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Catalog…</source>
        <translation>导出目录(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LocalRig</source>
        <translation>关于 LocalRig(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Catalog of %1 · %n model(s)</source>
        <translation>
            <numerusform>目录日期 %1 · %n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n machine(s)</source>
        <translation>
            <numerusform> · %n 台机器</numerusform>
        </translation>
    </message>
    <message>
        <source>About LocalRig</source>
        <translation>关于 LocalRig</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LocalRig %1&lt;/h3&gt;&lt;p&gt;What hardware you need to run open-weight AI models locally, and what it costs against a cloud API.&lt;/p&gt;&lt;p&gt;Catalog data of %2. Prices change often: check them with the seller before you buy.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LocalRig %1&lt;/h3&gt;&lt;p&gt;在本地运行开放权重 AI 模型需要什么硬件，以及与云端 API 相比的成本。&lt;/p&gt;&lt;p&gt;目录数据日期：%2。价格经常变动：购买前请向卖家核实。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Model from GGUF File…</source>
        <translation>从 GGUF 文件添加模型(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ModelCatalogModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>The catalog holds no quantization to size the model with.</source>
        <translation>目录中没有可用于估算该模型的量化。</translation>
    </message>
    <message>
        <source>all (dense)</source>
        <translation>全部（稠密）</translation>
    </message>
    <message>
        <source>%1 at %2: weights %3 + KV cache and state %4 + runtime %5.</source>
        <translation>%1，上下文 %2：权重 %3 + KV 缓存和状态 %4 + 运行时 %5。</translation>
    </message>
    <message>
        <source>KV cache for %1 parallel sessions.</source>
        <translation>%1 个并行会话的 KV 缓存。</translation>
    </message>
    <message>
        <source>Weights are the measured file size.</source>
        <translation>权重为实测文件大小。</translation>
    </message>
    <message>
        <source>Mixture of experts: all %1 set the memory, the %2 read per token set the speed.
%3</source>
        <translation>混合专家：全部 %1 决定内存，每 token 读取的 %2 决定速度。
%3</translation>
    </message>
    <message>
        <source>Memory the model needs at %1 and the context chosen above: weights, KV cache and runtime.</source>
        <translation>模型在 %1 和上方所选上下文下所需的内存：权重、KV 缓存和运行时。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Needs (%1)</source>
        <translation>需要（%1）</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Video generation</source>
        <translation>视频生成</translation>
    </message>
    <message>
        <source>Image generation</source>
        <translation>图像生成</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Every component resident at its published precision: %1 (transformer or UNet, text encoders, VAE). Activation memory is not sourced, so this is a lower bound. Seconds per image or per video second: not estimated unless a measurement was published.</source>
        <translation>所有组件按公布的精度常驻内存：%1（transformer 或 UNet、文本编码器、VAE）。激活内存没有来源数据，因此这是下限。每张图像或每秒视频的耗时：除非有公开的测量，否则不作估算。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ModelDetailsPanel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>解码速度</translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation>未选择模型</translation>
    </message>
    <message>
        <source>Choose a model in the list to see its footprint and the machines it fits on.</source>
        <translation>在列表中选择一个模型，查看其内存占用及可运行它的机器。</translation>
    </message>
    <message>
        <source>%1 parameters, %2 active per token</source>
        <translation>%1 参数，每 token 激活 %2</translation>
    </message>
    <message>
        <source>%1 parameters (dense)</source>
        <translation>%1 参数（稠密）</translation>
    </message>
    <message>
        <source>trained for %1</source>
        <translation>训练上下文 %1</translation>
    </message>
    <message>
        <source>licence %1</source>
        <translation>许可证 %1</translation>
    </message>
    <message>
        <source>released %1</source>
        <translation>发布于 %1</translation>
    </message>
    <message>
        <source>Footprint per &amp;quantization at %1, %2 sessions at once</source>
        <translation>各量化下的内存占用（上下文 %1，同时 %2 个会话）(&amp;Q)</translation>
    </message>
    <message>
        <source>Footprint per &amp;quantization at %1</source>
        <translation>各量化下的内存占用（上下文 %1）(&amp;Q)</translation>
    </message>
    <message>
        <source>Fits &amp;on: choose a quantization</source>
        <translation>可运行的机器(&amp;O)：请选择量化</translation>
    </message>
    <message>
        <source>Expected decode speed with its likely range (%1).</source>
        <translation>预期解码速度及其可能范围（%1）。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Fits &amp;on: no catalog machine runs it with headroom (%1, %2)</source>
        <translation>可运行的机器(&amp;O)：目录中没有机器能以足够余量运行它（%1，%2）</translation>
    </message>
    <message>
        <source>Fits &amp;on %1 of %2 machines with headroom (%3, %4)</source>
        <translation>可运行的机器(&amp;O)：%2 台中有 %1 台能以足够余量运行（%3，%4）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ModelImportDialog</name>
    <message>
        <source>Add Model from File</source>
        <translation>从文件添加模型</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — read from its header only; the file is not copied.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 仅读取文件头；不复制文件。</translation>
    </message>
    <message>
        <source>Add to your catalog</source>
        <translation>添加到您的目录</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The quantization the file is in: the model is sized with the file&apos;s exact bytes there, and estimated from bits per weight at the others.</source>
        <translation>文件所用的量化：在该量化下按文件的确切字节数估算模型，其他量化按每权重位数估算。</translation>
    </message>
    <message>
        <source>&amp;Size it as:</source>
        <translation>按此量化估算(&amp;S)：</translation>
    </message>
    <message>
        <source>Offer it as a &amp;workload on the Plan page, at</source>
        <translation>在规划页上作为工作负载提供(&amp;W)，上下文为</translation>
    </message>
    <message>
        <source>Read from the file</source>
        <translation>从文件读取</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>%1 (%2 bits per weight)</source>
        <translation>%1（每权重 %2 位）</translation>
    </message>
    <message>
        <source>%1 (your model)</source>
        <translation>%1（您的模型）</translation>
    </message>
    <message>
        <source>Runs %1, read from %2.</source>
        <translation>运行 %1，读取自 %2。</translation>
    </message>
    <message>
        <source>Name: enter the model&apos;s name.</source>
        <translation>名称：请输入模型名称。</translation>
    </message>
    <message>
        <source>Size it as: choose the quantization the file is in.</source>
        <translation>按此量化估算：请选择文件所用的量化。</translation>
    </message>
    <message>
        <source>The file type %1 is not in the catalog; choose the closest.</source>
        <translation>文件类型 %1 不在目录中；请选择最接近的。</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未给出）</translation>
    </message>
    <message>
        <source>The file states no exact size: the weights are estimated from %1&apos;s bits per weight.</source>
        <translation>文件未给出确切大小：权重按 %1 的每权重位数估算。</translation>
    </message>
    <message>
        <source>The file is %1: its exact %2 GB of weights are used at %3.</source>
        <translation>文件为 %1：在 %3 下使用其确切的 %2 GB 权重。</translation>
    </message>
    <message>
        <source>The file&apos;s exact %1 GB of weights are recorded at %2 (file type %3).</source>
        <translation>文件确切的 %1 GB 权重记录在 %2 下（文件类型 %3）。</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>Replaces your model of the same name.</source>
        <translation>替换您同名的模型。</translation>
    </message>
    <message>
        <source>Could not add the model</source>
        <translation>无法添加模型</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ModelsPage</name>
    <message>
        <source>Name, family or developer</source>
        <translation>名称、系列或开发者</translation>
    </message>
    <message>
        <source>Keep the models whose footprint stays under the headroom line of a unified-memory machine of this size, at the context chosen here.</source>
        <translation>保留在此内存大小的统一内存机器上、按此处所选上下文计算，占用低于余量线的模型。</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>任意大小</translation>
    </message>
    <message>
        <source>Tokens held in the KV cache: sets the KV-cache share of every footprint.</source>
        <translation>KV 缓存中保存的 token 数：决定每个占用中 KV 缓存的部分。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Fami&amp;ly:</source>
        <translation>系列(&amp;L)：</translation>
    </message>
    <message>
        <source>Fits comfortably &amp;in:</source>
        <translation>可宽裕运行于(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>所有系列</translation>
    </message>
    <message>
        <source>&amp;Add Model from GGUF File…</source>
        <translation>从 GGUF 文件添加模型(&amp;A)…</translation>
    </message>
    <message>
        <source>Reads a .gguf file&apos;s header (or a Hugging Face config.json) and adds the model to your catalog, sized exactly like the file.</source>
        <translation>读取 .gguf 文件头（或 Hugging Face config.json），将模型添加到您的目录，并完全按该文件估算大小。</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Deletes a model you added; shipped models cannot be deleted.</source>
        <translation>删除您添加的模型；内置模型无法删除。</translation>
    </message>
    <message>
        <source>Add Model from GGUF File</source>
        <translation>从 GGUF 文件添加模型</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf);;Hugging Face config (config.json);;All files (*)</source>
        <translation>GGUF 文件 (*.gguf);;Hugging Face 配置 (config.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a model file, so nothing was added.

%2</source>
        <translation>无法将 %1 读取为模型文件，因此未添加任何内容。

%2</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Delete %1 from your catalog? Its file size and its Plan workload go with it.</source>
        <translation>要从您的目录中删除 %1 吗？其文件大小和规划工作负载也会一并删除。</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>localrig::ui::NumberField</name>
    <message>
        <source>Enter a number from %1 to %2; the last valid value is still used.</source>
        <translation>请输入 %1 到 %2 之间的数字；仍使用上一个有效值。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlanInputsPanel</name>
    <message>
        <source>&amp;Workloads</source>
        <translation>工作负载(&amp;W)</translation>
    </message>
    <message>
        <source>Tick the work you want to run locally.</source>
        <translation>勾选您想在本地运行的工作。</translation>
    </message>
    <message>
        <source>Workload default</source>
        <translation>工作负载默认值</translation>
    </message>
    <message>
        <source>%1K tokens</source>
        <translation>%1K token</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>Parallel &amp;agents:</source>
        <translation>并行智能体(&amp;A)：</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Budget (USD):</source>
        <translation>预算（USD）(&amp;B)：</translation>
    </message>
    <message>
        <source>Any vendor</source>
        <translation>任意厂商</translation>
    </message>
    <message>
        <source>&amp;Portable only</source>
        <translation>仅限便携(&amp;P)</translation>
    </message>
    <message>
        <source>API &amp;spend per month (USD):</source>
        <translation>每月 API 支出（USD）(&amp;S)：</translation>
    </message>
    <message>
        <source>Ven&amp;dor:</source>
        <translation>厂商(&amp;D)：</translation>
    </message>
    <message>
        <source>Electricity (USD/&amp;kWh):</source>
        <translation>电价（USD/kWh）(&amp;K)：</translation>
    </message>
    <message>
        <source>Hours of &amp;use per day:</source>
        <translation>每天使用小时数(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Run the workloads at the same time</source>
        <translation>同时运行工作负载(&amp;R)</translation>
    </message>
    <message>
        <source>Off: the machine must run the largest workload, one at a time. On: every ticked workload is loaded at once, so memory adds up and they share the memory bandwidth.</source>
        <translation>关闭：机器需能运行最大的工作负载，一次运行一个。开启：所有勾选的工作负载同时加载，因此内存占用相加，并共享内存带宽。</translation>
    </message>
    <message>
        <source>I have a desktop PC for a &amp;graphics card</source>
        <translation>我有可安装显卡的台式机(&amp;G)</translation>
    </message>
    <message>
        <source>On: graphics cards are priced alone. Off: each card is priced with the desktop PC it needs around it.</source>
        <translation>开启：显卡单独计价。关闭：每张显卡连同所需的台式机一起计价。</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1K</translation>
    </message>
    <message>
        <source>Workload default (%1)</source>
        <translation>工作负载默认值（%1）</translation>
    </message>
    <message>
        <source>Each workload&apos;s own (%1–%2)</source>
        <translation>各工作负载自身的值（%1–%2）</translation>
    </message>
    <message numerus="yes">
        <source>Workload default (%n agent(s))</source>
        <translation>
            <numerusform>工作负载默认值（%n 个智能体）</numerusform>
        </translation>
    </message>
    <message>
        <source>A context chosen here applies to every ticked workload.</source>
        <translation>此处选择的上下文适用于每个勾选的工作负载。</translation>
    </message>
    <message>
        <source>A number chosen here applies to every ticked workload.</source>
        <translation>此处选择的数量适用于每个勾选的工作负载。</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlanPage</name>
    <message>
        <source>From the guide</source>
        <translation>指南摘录</translation>
    </message>
    <message>
        <source>If you change the plan</source>
        <translation>如果更改方案</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlatformCatalogModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: the GPU has no memory of its own.</source>
        <translation>%1：该 GPU 没有自己的显存。</translation>
    </message>
    <message>
        <source>Newest dated price: %1 (%2, %3).
%4</source>
        <translation>最新的带日期价格：%1（%2，%3）。
%4</translation>
    </message>
    <message>
        <source>Dense FP16 tensor throughput; sets prefill speed.
%1</source>
        <translation>稠密 FP16 张量吞吐量；决定预填充速度。
%1</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Form factor</source>
        <translation>形态</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>FP16</source>
        <translation>FP16</translation>
    </message>
    <message>
        <source>Load power</source>
        <translation>负载功耗</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>台式机</translation>
    </message>
    <message>
        <source>Mini PC</source>
        <translation>迷你主机</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>显卡</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Unified memory</source>
        <translation>统一内存</translation>
    </message>
    <message>
        <source>Discrete GPU</source>
        <translation>独立 GPU</translation>
    </message>
    <message>
        <source>System memory (CPU only)</source>
        <translation>系统内存（仅 CPU）</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>Metal</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>ROCm</source>
        <translation>ROCm</translation>
    </message>
    <message>
        <source>Vulkan</source>
        <translation>Vulkan</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>%1 TFLOPS</source>
        <translation>%1 TFLOPS</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>Not published: no source in the catalog gives this figure.</source>
        <translation>未公布：目录中没有来源给出此数据。</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>首发价</translation>
    </message>
    <message>
        <source>later list</source>
        <translation>后续标价</translation>
    </message>
    <message>
        <source>street</source>
        <translation>市场价</translation>
    </message>
    <message>
        <source>the guide&apos;s figure</source>
        <translation>指南数据</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <comment>price date</comment>
        <translation>%1（已过时）</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <source>Stale: this price dates from %1, more than six months ago. Check it with the seller.</source>
        <translation>已过时：此价格来自 %1，已超过六个月。请向卖家核实。</translation>
    </message>
    <message>
        <source>announced, no price</source>
        <translation>已宣布，无价格</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlatformDetailsPanel</name>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>带宽：</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>算力：</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>功耗：</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>Price histor&amp;y</source>
        <translation>价格历史(&amp;Y)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>解码速度</translation>
    </message>
    <message>
        <source>No machine selected</source>
        <translation>未选择机器</translation>
    </message>
    <message>
        <source>Choose a machine in the list to see its figures, prices and the models it runs.</source>
        <translation>在列表中选择一台机器，查看其数据、价格和可运行的模型。</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably</source>
        <translation>可宽裕运行(&amp;R)</translation>
    </message>
    <message>
        <source>portable</source>
        <translation>便携</translation>
    </message>
    <message>
        <source>not portable</source>
        <translation>不便携</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 VRAM, %2 system RAM</source>
        <translation>%1 VRAM，%2 系统 RAM</translation>
    </message>
    <message>
        <source>%1 (system RAM %2)</source>
        <translation>%1（系统 RAM %2）</translation>
    </message>
    <message>
        <source>%1 FP16</source>
        <translation>%1 FP16</translation>
    </message>
    <message>
        <source>%1 under load</source>
        <translation>负载 %1</translation>
    </message>
    <message>
        <source>%1, %2 idle</source>
        <translation>%1，待机 %2</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably: the catalog holds no quantization</source>
        <translation>可宽裕运行(&amp;R)：目录中没有量化</translation>
    </message>
    <message>
        <source>Expected decode speed with its likely range (%1).</source>
        <translation>预期解码速度及其可能范围（%1）。</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably: no catalog model at %1 and %2</source>
        <translation>可宽裕运行(&amp;R)：在 %1 和 %2 下没有目录模型</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably: %1 models at %2 and %3</source>
        <translation>可宽裕运行(&amp;R)：在 %2 和 %3 下共 %1 个模型</translation>
    </message>
    <message>
        <source>Your machine</source>
        <translation>您的机器</translation>
    </message>
    <message>
        <source>%1 unified memory</source>
        <translation>%1 统一内存</translation>
    </message>
    <message>
        <source>%1 system memory (CPU only)</source>
        <translation>%1 系统内存（仅 CPU）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>%1, dated %2 (stale)</source>
        <translation>%1，日期 %2（已过时）</translation>
    </message>
    <message>
        <source>%1, dated %2</source>
        <translation>%1，日期 %2</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Measured on th&amp;is machine</source>
        <translation>在此机器上的实测(&amp;I)</translation>
    </message>
    <message>
        <source>Measured on th&amp;is machine: no published run in the catalog</source>
        <translation>在此机器上的实测(&amp;I)：目录中没有已发布的运行</translation>
    </message>
    <message>
        <source>Measured on th&amp;is machine (llama.cpp, one sequence)</source>
        <translation>在此机器上的实测(&amp;I)（llama.cpp，单序列）</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlatformEditorDialog</name>
    <message>
        <source>Edit price</source>
        <translation>编辑价格</translation>
    </message>
    <message>
        <source>Edit machine</source>
        <translation>编辑机器</translation>
    </message>
    <message>
        <source>Add my machine</source>
        <translation>添加我的机器</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Price (USD):</source>
        <translation>价格（USD）(&amp;P)：</translation>
    </message>
    <message>
        <source>Price (USD)</source>
        <translation>价格（USD）</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>厂商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Form factor:</source>
        <translation>形态(&amp;F)：</translation>
    </message>
    <message>
        <source>Memory &amp;kind:</source>
        <translation>内存类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>后端(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Memory (GB):</source>
        <translation>内存（GB）(&amp;M)：</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>内存（GB）</translation>
    </message>
    <message>
        <source>Unified memory, or the system RAM next to a discrete GPU, as marketed.</source>
        <translation>统一内存，或独立 GPU 所在系统的 RAM，按标称值。</translation>
    </message>
    <message>
        <source>VR&amp;AM (GB):</source>
        <translation>VRAM（GB）(&amp;A)：</translation>
    </message>
    <message>
        <source>VRAM (GB)</source>
        <translation>VRAM（GB）</translation>
    </message>
    <message>
        <source>The discrete GPU&apos;s own memory.</source>
        <translation>独立 GPU 自身的显存。</translation>
    </message>
    <message>
        <source>Band&amp;width (GB/s):</source>
        <translation>带宽（GB/s）(&amp;W)：</translation>
    </message>
    <message>
        <source>Bandwidth (GB/s)</source>
        <translation>带宽（GB/s）</translation>
    </message>
    <message>
        <source>Memory bandwidth of the pool the model runs from; sets decode speed.</source>
        <translation>模型运行所在内存池的带宽；决定解码速度。</translation>
    </message>
    <message>
        <source>FP16 &amp;TFLOPS:</source>
        <translation>FP16 TFLOPS(&amp;T)：</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16 TFLOPS</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Load power (W):</source>
        <translation>负载功耗（W）(&amp;L)：</translation>
    </message>
    <message>
        <source>Load power (W)</source>
        <translation>负载功耗（W）</translation>
    </message>
    <message>
        <source>P&amp;ortable (a laptop, or a machine you carry)</source>
        <translation>便携（笔记本，或您随身携带的机器）(&amp;O)</translation>
    </message>
    <message>
        <source>Back to the values this dialog opened with.</source>
        <translation>恢复为打开此对话框时的值。</translation>
    </message>
    <message>
        <source>Name: enter the machine&apos;s name.</source>
        <translation>名称：请输入机器名称。</translation>
    </message>
    <message>
        <source>Vendor: enter who makes the machine, for example Apple.</source>
        <translation>厂商：请输入机器的制造商，例如 Apple。</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Form factor: choose what kind of machine this is.</source>
        <translation>形态：请选择机器的类型。</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Electricity price (USD/kWh):</source>
        <translation>电价（USD/kWh）(&amp;E)：</translation>
    </message>
    <message>
        <source>Default: %1 USD/kWh, the 2024 US residential average (EIA).</source>
        <translation>默认：%1 USD/kWh，2024 年美国居民平均电价（EIA）。</translation>
    </message>
    <message>
        <source>Hours of &amp;use per day:</source>
        <translation>每天使用小时数(&amp;U)：</translation>
    </message>
    <message>
        <source>f16 — full precision (default)</source>
        <translation>f16 — 全精度（默认）</translation>
    </message>
    <message>
        <source>q8_0 — about half the memory</source>
        <translation>q8_0 — 内存约减半</translation>
    </message>
    <message>
        <source>q4_0 — about a quarter, some quality loss</source>
        <translation>q4_0 — 内存约为四分之一，质量略有损失</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>规模估算</translation>
    </message>
    <message>
        <source>&amp;Headroom:</source>
        <translation>余量(&amp;H)：</translation>
    </message>
    <message>
        <source>The share of memory a model may fill before a machine counts as tight. The guide recommends %1–%2.</source>
        <translation>机器被视为紧张之前，模型可占用的内存比例。指南建议 %1–%2。</translation>
    </message>
    <message>
        <source>&amp;KV-cache type:</source>
        <translation>KV 缓存类型(&amp;K)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Takes effect after LocalRig restarts.</source>
        <translation>重启 LocalRig 后生效。</translation>
    </message>
    <message>
        <source>E&amp;xchange rate (%1 per USD):</source>
        <translation>汇率（%1/USD）(&amp;X)：</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>E&amp;xchange rate:</source>
        <translation>汇率(&amp;X)：</translation>
    </message>
    <message>
        <source>Not needed: the catalog&apos;s prices are in US dollars.</source>
        <translation>无需填写：目录中的价格以美元计。</translation>
    </message>
    <message>
        <source>How many %1 one US dollar buys. LocalRig never looks up or guesses exchange rates.</source>
        <translation>1 美元可兑换多少 %1。LocalRig 从不查询或猜测汇率。</translation>
    </message>
    <message>
        <source>Rate you entered on %1.</source>
        <translation>您于 %1 输入的汇率。</translation>
    </message>
    <message>
        <source>Rate you entered; its date is unknown.</source>
        <translation>您输入的汇率；日期未知。</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>localrig::ui::QuantFootprintModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Effective bits per weight, scales and mixed tensors included.</source>
        <translation>有效每权重位数，含缩放因子和混合张量。</translation>
    </message>
    <message>
        <source>Measured file size of the %1 download.
%2</source>
        <translation>%1 下载文件的实测大小。
%2</translation>
    </message>
    <message>
        <source>Estimated: total parameters × %1 bits per weight ÷ 8.
Parameters: %2</source>
        <translation>估算：总参数量 × 每权重 %1 位 ÷ 8。
参数：%2</translation>
    </message>
    <message>
        <source>KV cache at %1, sessions at once: %2; plus any fixed attention state (%3).</source>
        <translation>上下文 %1 下的 KV 缓存，同时会话数：%2；另加固定的注意力状态（%3）。</translation>
    </message>
    <message>
        <source>Weights %1 + KV cache and state %2 + runtime and buffers %3, at %4.</source>
        <translation>权重 %1 + KV 缓存和状态 %2 + 运行时和缓冲区 %3，上下文 %4。</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>位/权重</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>verdict · memory fit</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Memory: needs %1; stays under %2 on this machine.</source>
        <translation>内存：需要 %1；在此机器上保持在 %2 以下。</translation>
    </message>
    <message>
        <source>Speed: no estimate, so the fit alone decides.</source>
        <translation>速度：无估算，仅由适配情况决定。</translation>
    </message>
    <message>
        <source>Speed: %1, at least twice reading speed (%2).</source>
        <translation>速度：%1，至少为阅读速度的两倍（%2）。</translation>
    </message>
    <message>
        <source>Speed: %1, under the %2 a session needs to feel responsive, or the first token takes too long.</source>
        <translation>速度：%1，低于会话保持响应流畅所需的 %2，或首 token 耗时过长。</translation>
    </message>
    <message>
        <source>Speed: %1, at or above the %2 minimum.</source>
        <translation>速度：%1，不低于最低要求 %2。</translation>
    </message>
</context>
<context>
    <name>localrig::ui::RankedMachinesModel</name>
    <message>
        <source>%1 VRAM</source>
        <translation>%1 VRAM</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>回本</translation>
    </message>
    <message>
        <source>%1
At the start of a session: %2
With every session&apos;s context full: %3</source>
        <translation>%1
会话开始时：%2
每个会话的上下文都填满时：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Price
(complete)</source>
        <translation>价格
（整机）</translation>
    </message>
    <message>
        <source>Decode, tokens/s
start → full</source>
        <translation>解码，token/s
开始 → 填满</translation>
    </message>
    <message>
        <source>First
token</source>
        <translation>首个
token</translation>
    </message>
    <message>
        <source>%1 · advanced</source>
        <translation>%1 · 高级</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ThisComputerGradesDialog</name>
    <message>
        <source>VRAM %1; system RAM %2, measured on this computer, %3</source>
        <translation>VRAM %1；系统 RAM %2，在本机实测，%3</translation>
    </message>
    <message>
        <source>Memory bandwidth %1, measured on this computer, %2</source>
        <translation>内存带宽 %1，在本机实测，%2</translation>
    </message>
    <message>
        <source>Memory bandwidth %1, as entered (not measured)</source>
        <translation>内存带宽 %1，为手动输入值（未测量）</translation>
    </message>
    <message>
        <source>What Runs on This Computer</source>
        <translation>本机能运行什么</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>The workloads could not be graded: %1</source>
        <translation>无法评估工作负载：%1</translation>
    </message>
    <message>
        <source>Grades as on the Plan page with its default inputs (headroom %1 %, F16 KV cache), one workload at a time. Good or Great here: %2 of %3 workloads. The smallest upgrade is the cheapest complete system in the catalog that makes the workload Good or Great.</source>
        <translation>按规划页的默认输入评级（余量 %1 %，F16 KV 缓存），每次一个工作负载。本机达到“良好”或“很好”的：%3 个工作负载中的 %2 个。最小升级方案是目录中能使该工作负载达到“良好”或“很好”的最便宜整机。</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ThisComputerGradesModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>无需升级</translation>
    </message>
    <message>
        <source>no priced machine in the catalog does it</source>
        <translation>目录中没有带价格的机器能做到</translation>
    </message>
    <message>
        <source>Needs %1 resident.</source>
        <translation>需要 %1 常驻内存。</translation>
    </message>
    <message>
        <source>%1: %2 for %3 (%4).</source>
        <translation>%1：%3 评级为 %2（%4）。</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Grade here</source>
        <translation>本机评级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Speed here</source>
        <translation>本机速度</translation>
    </message>
    <message>
        <source>Smallest upgrade</source>
        <translation>最小升级</translation>
    </message>
    <message>
        <source>Grade there</source>
        <translation>升级后评级</translation>
    </message>
    <message>
        <source>Upgrade price</source>
        <translation>升级价格</translation>
    </message>
</context>
<context>
    <name>localrig::ui::TierCard</name>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Also good</source>
        <translation>同样不错</translation>
    </message>
</context>
<context>
    <name>localrig::ui::TierCardsRow</name>
    <message>
        <source>Recommended for your plan.</source>
        <translation>为您的规划推荐。</translation>
    </message>
    <message>
        <source>Recommended for your plan. %1</source>
        <translation>为您的规划推荐。%1</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>localrig::ui::TrainingInputs</name>
    <message>
        <source>Fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>LoRA (16-bit base)</source>
        <translation>LoRA（16 位基座）</translation>
    </message>
    <message>
        <source>QLoRA (4-bit base)</source>
        <translation>QLoRA（4 位基座）</translation>
    </message>
    <message>
        <source>Full fine-tuning</source>
        <translation>全量微调</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>LoRA &amp;rank:</source>
        <translation>LoRA 秩(&amp;R)：</translation>
    </message>
    <message>
        <source>Micro-&amp;batch:</source>
        <translation>微批次(&amp;B)：</translation>
    </message>
    <message>
        <source>Workload default</source>
        <translation>工作负载默认值</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>Se&amp;quence length:</source>
        <translation>序列长度(&amp;Q)：</translation>
    </message>
    <message>
        <source>Gradient &amp;checkpointing</source>
        <translation>梯度检查点(&amp;C)</translation>
    </message>
    <message>
        <source>On: each layer&apos;s activations are recomputed in the backward pass, which saves memory and costs time.</source>
        <translation>开启：在反向传播中重新计算每层的激活，节省内存但耗费时间。</translation>
    </message>
    <message>
        <source>&amp;Dataset (million tokens):</source>
        <translation>数据集（百万 token）(&amp;D)：</translation>
    </message>
</context>
</TS>
