// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstimateRequest.h"

#include "OptionValues.h"
#include "core/Enums.h"
#include "core/MemoryEstimate.h"
#include "core/Units.h"

#include <QCoreApplication>

namespace localrig::app {

namespace {

QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

// An option that takes a value: its name, what the value is called in --help, and its help text (translated
// when the parser is built, in the context "EstimateRequest").
struct ValueOption
{
    const char* name;
    const char* valueName;
    const char* help;
};

template <std::size_t N>
void addValueOptions(QCommandLineParser& parser, const ValueOption (&options)[N])
{
    for (const ValueOption& option : options) {
        parser.addOption(QCommandLineOption(opt(option.name),
                                            QCoreApplication::translate("EstimateRequest", option.help),
                                            QString::fromLatin1(option.valueName)));
    }
}

constexpr ValueOption kScenarioOptions[] = {
    {"context", "tokens",
     QT_TRANSLATE_NOOP("EstimateRequest", "Context length per session in tokens: 8192, 32K or 128K (default 8192).")},
    {"sessions", "n",
     QT_TRANSLATE_NOOP("EstimateRequest", "Parallel sessions or agents, each with its own KV cache (default 1).")},
    {"kv-type", "type",
     QT_TRANSLATE_NOOP("EstimateRequest", "KV cache element type: f16, q8_0 or q4_0 (default f16).")},
    {"headroom", "fraction",
     QT_TRANSLATE_NOOP("EstimateRequest", "Comfortable share of RAM for the model, 0.5-0.95 (default 0.75).")},
    {"prompt-tokens", "tokens",
     QT_TRANSLATE_NOOP("EstimateRequest", "Prompt length for the time to first token (default 4096).")},
};

constexpr ValueOption kRawSpecOptions[] = {
    {"params", "billions", QT_TRANSLATE_NOOP("EstimateRequest", "Total parameters in billions (sets memory).")},
    {"active-params", "billions",
     QT_TRANSLATE_NOOP("EstimateRequest", "Active parameters per token in billions (MoE; sets speed).")},
    {"bpw", "bits",
     QT_TRANSLATE_NOOP("EstimateRequest", "Effective bits per weight of the quantization (Q4_K_M is about 4.85).")},
    {"weights-gb", "GB",
     QT_TRANSLATE_NOOP("EstimateRequest", "Known model file size in decimal GB (wins over --bpw).")},
    {"layers", "n", QT_TRANSLATE_NOOP("EstimateRequest", "Transformer layers.")},
    {"kv-heads", "n", QT_TRANSLATE_NOOP("EstimateRequest", "Key/value heads per layer (GQA).")},
    {"head-dim", "n", QT_TRANSLATE_NOOP("EstimateRequest", "Dimension of one attention head.")},
    {"attention-heads", "n", QT_TRANSLATE_NOOP("EstimateRequest", "Query heads (sizes the compute buffer).")},
    {"full-attention-layers", "n",
     QT_TRANSLATE_NOOP("EstimateRequest", "Layers whose cache grows with context (hybrid or sliding).")},
    {"sliding-window", "tokens",
     QT_TRANSLATE_NOOP("EstimateRequest", "Window of the other layers (sliding-window models).")},
    {"linear-state-bytes", "bytes",
     QT_TRANSLATE_NOOP("EstimateRequest", "Fixed state per session of linear-attention layers.")},
    {"kv-lora-rank", "n", QT_TRANSLATE_NOOP("EstimateRequest", "MLA latent rank (DeepSeek-V3/R1: 512).")},
    {"rope-dim", "n", QT_TRANSLATE_NOOP("EstimateRequest", "MLA rotary dimension (DeepSeek-V3/R1: 64).")},
    {"memory-gb", "GB", QT_TRANSLATE_NOOP("EstimateRequest", "Unified or system RAM as marketed (binary GB).")},
    {"vram-gb", "GB", QT_TRANSLATE_NOOP("EstimateRequest", "VRAM of a discrete GPU (binary GB).")},
    {"memory-kind", "kind", QT_TRANSLATE_NOOP("EstimateRequest", "unified, discrete or system (default unified).")},
    {"bandwidth", "GB/s",
     QT_TRANSLATE_NOOP("EstimateRequest", "Memory bandwidth of the GPU or unified pool in GB/s (decimal).")},
    {"system-bandwidth", "GB/s",
     QT_TRANSLATE_NOOP("EstimateRequest", "System RAM bandwidth for offloaded weights (default 50).")},
    {"tflops", "TFLOPS", QT_TRANSLATE_NOOP("EstimateRequest", "Dense FP16 TFLOPS (for prefill).")},
    {"backend", "name", QT_TRANSLATE_NOOP("EstimateRequest", "metal, cuda, rocm, vulkan or cpu.")},
    {"quant-kernel", "kind",
     QT_TRANSLATE_NOOP("EstimateRequest", "Dequantization kernel: float16, q8, kquant, legacy4, iquant, fp4.")},
};

constexpr ValueOption kCatalogOptions[] = {
    {"model", "name",
     QT_TRANSLATE_NOOP("EstimateRequest", "A catalog model by name or id (see localrig catalog list models).")},
    {"quant", "name", QT_TRANSLATE_NOOP("EstimateRequest", "A catalog quantization, e.g. Q4_K_M (default Q4_K_M).")},
};

// Every figure is checked here, against the option's own range, so an error names the option the person
// typed; the core's checks behind these (core::validated) then never see a value they would refuse.
// The ceilings are the core's: 100,000 layers or heads, 65,536 per head, 1 PiB of memory, 1 PB/s.
constexpr long long kMaxTokens = 1LL << 30;
constexpr long long kMaxLayers = 100000;
constexpr long long kMaxHeadDim = 65536;
constexpr double kMaxGiB = 1048576.0;
constexpr double kMaxGBs = 1e6;

Result<int> requiredInt(const QCommandLineParser& parser, const char* name, long long minimum, long long maximum)
{
    if (!parser.isSet(opt(name))) {
        return makeError(ErrorCode::InvalidInput, std::string("--") + name + " is required");
    }
    BOOST_OUTCOME_TRY(value, integerIn(parser, opt(name), 0, minimum, maximum));
    return static_cast<int>(value);
}

Result<double> requiredNumber(const QCommandLineParser& parser, const char* name, double minimum, double maximum)
{
    if (!parser.isSet(opt(name))) {
        return makeError(ErrorCode::InvalidInput, std::string("--") + name + " is required");
    }
    return numberIn(parser, opt(name), 0.0, minimum, maximum);
}

// The KV layout from --layers/--kv-heads/--head-dim, refined by MLA, sliding or hybrid options.
Result<core::ModelSpec> readAttention(const QCommandLineParser& parser, core::ModelSpec model)
{
    BOOST_OUTCOME_TRY(layers, requiredInt(parser, "layers", 1, kMaxLayers));
    if (parser.isSet(opt("kv-lora-rank"))) {
        BOOST_OUTCOME_TRY(rank, requiredInt(parser, "kv-lora-rank", 1, kMaxHeadDim));
        BOOST_OUTCOME_TRY(rope, integerIn(parser, opt("rope-dim"), 64, 0, kMaxHeadDim));
        model.attention = core::AttentionKind::Mla;
        model.kvGroups = core::mlaLayers(layers, rank, static_cast<int>(rope));
        return model;
    }
    BOOST_OUTCOME_TRY(kvHeads, requiredInt(parser, "kv-heads", 1, kMaxLayers));
    BOOST_OUTCOME_TRY(headDim, requiredInt(parser, "head-dim", 1, kMaxHeadDim));
    // At least one layer whose cache grows: a model of linear layers only has nothing to size here.
    BOOST_OUTCOME_TRY(fullLayers, integerIn(parser, opt("full-attention-layers"), layers, 1, layers));
    BOOST_OUTCOME_TRY(window, integerIn(parser, opt("sliding-window"), 0, 0, kMaxTokens));
    const int full = static_cast<int>(fullLayers);
    model.kvGroups.clear();
    if (full > 0) {
        model.kvGroups.push_back({full, kvHeads, headDim, 0, false});
    }
    if (window > 0 && full < layers) {
        model.attention = core::AttentionKind::Sliding;
        model.kvGroups.push_back({layers - full, kvHeads, headDim, static_cast<int>(window), false});
    } else if (full < layers) {
        // The other layers are linear attention with a fixed state (Qwen3.5/3.6-style hybrids).
        model.attention = core::AttentionKind::HybridLinear;
        BOOST_OUTCOME_TRY(state, numberIn(parser, opt("linear-state-bytes"), 0.0, 0.0, 1e15));
        model.fixedStateBytes = state;
    }
    return model;
}

Result<core::Platform> readPlatform(const QCommandLineParser& parser)
{
    core::Platform platform;
    platform.id = "raw";
    platform.name = "the given machine";
    const QString kindText = parser.isSet(opt("memory-kind")) ? parser.value(opt("memory-kind")) : opt("unified");
    BOOST_OUTCOME_TRY(kind, core::parseMemoryKind(kindText.toStdString()));
    platform.memoryKind = kind;
    const core::Backend defaultBackend = kind == core::MemoryKind::Discrete
        ? core::Backend::Cuda
        : (kind == core::MemoryKind::System ? core::Backend::Cpu : core::Backend::Metal);
    platform.backend = defaultBackend;
    if (parser.isSet(opt("backend"))) {
        BOOST_OUTCOME_TRY(backend, core::parseBackend(parser.value(opt("backend")).toStdString()));
        platform.backend = backend;
    }
    // Unified and system memory is the pool the model runs from; next to a discrete GPU it may be 0.
    const double minimumMemory = kind == core::MemoryKind::Discrete ? 0.0 : 0.01;
    if (minimumMemory > 0.0 && !parser.isSet(opt("memory-gb"))) {
        return makeError(ErrorCode::InvalidInput, "--memory-gb is required for unified or system memory");
    }
    BOOST_OUTCOME_TRY(memory, numberIn(parser, opt("memory-gb"), 0.0, minimumMemory, kMaxGiB));
    BOOST_OUTCOME_TRY(vram, numberIn(parser, opt("vram-gb"), 0.0, 0.0, kMaxGiB));
    BOOST_OUTCOME_TRY(bandwidth, requiredNumber(parser, "bandwidth", 0.1, kMaxGBs));
    BOOST_OUTCOME_TRY(systemBandwidth, numberIn(parser, opt("system-bandwidth"), 0.0, 0.0, kMaxGBs));
    BOOST_OUTCOME_TRY(tflops, optionalNumberIn(parser, opt("tflops"), 0.01, 1e6));
    platform.memoryGiB = memory;
    platform.vramGiB = vram;
    platform.bandwidthGBs = bandwidth;
    platform.systemBandwidthGBs = systemBandwidth;
    platform.fp16Tflops = tflops;
    return core::validated(platform);
}

} // namespace

void addScenarioOptions(QCommandLineParser& parser)
{
    addValueOptions(parser, kScenarioOptions);
}

void addRawSpecOptions(QCommandLineParser& parser)
{
    addValueOptions(parser, kRawSpecOptions);
}

Result<core::Scenario> readScenario(const QCommandLineParser& parser, int* promptTokens)
{
    core::Scenario scenario;
    BOOST_OUTCOME_TRY(context, tokensIn(parser, opt("context"), scenario.contextTokens, 1, kMaxTokens));
    BOOST_OUTCOME_TRY(sessions, integerIn(parser, opt("sessions"), scenario.sessions, 1, 4096));
    BOOST_OUTCOME_TRY(headroom, numberIn(parser, opt("headroom"), scenario.headroom, 0.5, 0.95));
    BOOST_OUTCOME_TRY(prompt, integerIn(parser, opt("prompt-tokens"), 0, 0, kMaxTokens));
    if (parser.isSet(opt("kv-type"))) {
        BOOST_OUTCOME_TRY(kvType, core::parseKvCacheType(parser.value(opt("kv-type")).toStdString()));
        scenario.kvType = kvType;
    }
    scenario.contextTokens = static_cast<int>(context);
    scenario.sessions = static_cast<int>(sessions);
    scenario.headroom = headroom;
    if (promptTokens) {
        *promptTokens = static_cast<int>(prompt);
    }
    return core::validated(scenario);
}

Result<EstimateRequest> readRawSpec(const QCommandLineParser& parser)
{
    EstimateRequest request;
    BOOST_OUTCOME_TRY(params, requiredNumber(parser, "params", 0.001, 1e5)); // billions: 1 M to 100 T
    BOOST_OUTCOME_TRY(active, numberIn(parser, opt("active-params"), params, 0.001, params));
    request.model.id = "raw";
    request.model.name = "the given model";
    request.model.totalParams = params * core::kParamsPerBillion;
    request.model.activeParams = active * core::kParamsPerBillion;
    BOOST_OUTCOME_TRY(heads, integerIn(parser, opt("attention-heads"), 0, 0, kMaxLayers)); // 0 = unknown
    request.model.attentionHeads = static_cast<int>(heads);
    BOOST_OUTCOME_TRY(model, readAttention(parser, request.model));
    BOOST_OUTCOME_TRY(checkedModel, core::validated(model));
    request.model = checkedModel;

    if (parser.isSet(opt("weights-gb"))) {
        BOOST_OUTCOME_TRY(weightsGb, numberIn(parser, opt("weights-gb"), 0.0, 0.001, 1e6));
        request.fileBytes = core::gbToBytes(weightsGb);
    } else if (!parser.isSet(opt("bpw"))) {
        return makeError(ErrorCode::InvalidInput, "give --bpw (bits per weight) or --weights-gb (file size)");
    }
    BOOST_OUTCOME_TRY(bpw, numberIn(parser, opt("bpw"), 16.0, 0.5, 64.0));
    request.quant.id = "raw";
    request.quant.name = "given";
    request.quant.bitsPerWeight = bpw;
    if (parser.isSet(opt("quant-kernel"))) {
        BOOST_OUTCOME_TRY(kernel, core::parseQuantKernel(parser.value(opt("quant-kernel")).toStdString()));
        request.quant.kernel = kernel;
    }
    BOOST_OUTCOME_TRY(platform, readPlatform(parser));
    request.platform = platform;
    BOOST_OUTCOME_TRY(scenario, readScenario(parser, &request.promptTokens));
    request.scenario = scenario;
    return request;
}

void addCatalogOptions(QCommandLineParser& parser)
{
    addValueOptions(parser, kCatalogOptions);
    // --machine, the word every page and help text uses; --platform stays accepted.
    parser.addOption(
        QCommandLineOption({opt("machine"), opt("platform")},
                           QCoreApplication::translate("EstimateRequest",
                                                       QT_TRANSLATE_NOOP("EstimateRequest",
                                                                         "A catalog machine by name or id (see "
                                                                         "localrig catalog list machines).")),
                           QStringLiteral("name")));
}

bool usesCatalogNames(const QCommandLineParser& parser)
{
    return parser.isSet(opt("model")) || parser.isSet(opt("machine"));
}

Result<EstimateRequest> readCatalogSpec(const QCommandLineParser& parser, const db::Catalog& catalog)
{
    if (!parser.isSet(opt("model")) || !parser.isSet(opt("machine"))) {
        return makeError(ErrorCode::InvalidInput, "give both --model and --machine (or raw figures instead)");
    }
    EstimateRequest request;
    BOOST_OUTCOME_TRY(model, catalog.model(parser.value(opt("model"))));
    const QString quantName = parser.isSet(opt("quant")) ? parser.value(opt("quant")) : QStringLiteral("q4_k_m");
    BOOST_OUTCOME_TRY(quant, catalog.quantization(quantName));
    BOOST_OUTCOME_TRY(platform, catalog.platform(parser.value(opt("machine"))));
    request.model = model.spec;
    request.quant = quant.quant;
    request.platform = platform.platform;
    request.fileBytes
        = catalog.fileBytes(QString::fromStdString(model.spec.id), QString::fromStdString(quant.quant.id));
    BOOST_OUTCOME_TRY(scenario, readScenario(parser, &request.promptTokens));
    request.scenario = scenario;
    return request;
}

} // namespace localrig::app
