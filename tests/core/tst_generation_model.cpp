// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/GenerationModel.h"
#include "core/MachineAssessment.h"
#include "core/Recommender.h"
#include "core/Workload.h"

#include <QTest>

using namespace localrig;
using namespace localrig::core;

namespace {

// db/catalog/generation_components.csv: FLUX.1-dev as localmodel-run.pages.dev lists it (decimal GB).
GenerationModel flux()
{
    GenerationModel m;
    m.id = "flux1_dev";
    m.name = "FLUX.1 [dev]";
    m.kind = ModelKind::ImageGeneration;
    m.components = {{"transformer", "FLUX.1-dev transformer", 12.0, "bf16", 23.8e9},
                    {"text_encoder", "T5-XXL encoder", 4.7, "fp16", 9.8e9},
                    {"text_encoder", "CLIP-L", 0.123, "fp16", 0.25e9},
                    {"vae", "FLUX VAE", 0.0, "", 0.34e9}};
    return m;
}

// Wan 2.1 T2V 14B: 28.6 GB DiT + 11.4 GB umT5-XXL + 0.51 GB VAE (generation_components.csv).
GenerationModel wan14b()
{
    GenerationModel m;
    m.id = "wan2_1_t2v_14b";
    m.name = "Wan 2.1 T2V 14B";
    m.kind = ModelKind::VideoGeneration;
    m.components = {{"transformer", "DiT", 14.0, "bf16", 28.6e9},
                    {"text_encoder", "umT5-XXL", 0.0, "bf16", 11.4e9},
                    {"vae", "3D VAE", 0.0, "", 0.51e9}};
    return m;
}

// An 8 B dense LLM: 32 layers, 8 KV heads x 128, 32 query heads.
struct Fixture
{
    std::vector<ModelSpec> models;
    std::vector<Quantization> quants;
    std::vector<Platform> platforms;
    std::vector<Workload> workloads;
    std::vector<TierSpec> tiers;
    std::vector<VisionProjector> projectors{{"llm8b", "mmproj-llm8b-f16.gguf", "f16", 175115264.0}};
    std::vector<GenerationModel> generation{wan14b(), flux()};

    Fixture()
    {
        ModelSpec m;
        m.id = "llm8b";
        m.name = "LLM 8B";
        m.totalParams = 8e9;
        m.activeParams = 8e9;
        m.kvGroups = gqaLayers(32, 8, 128);
        m.attentionHeads = 32;
        m.nativeContext = 131072;
        models.push_back(m);
        // Aggregate-initialised: GCC 12 at -O3 misreads member-by-member string assignment as uninitialised.
        quants.push_back(Quantization{"q4", "Q4", QuantFormat::Gguf, QuantKernel::KQuant, 4.0});
        workloads = {{"video-beside-llm", "Video beside an LLM", "llm8b", "q4", 4096, 1, 0, false, "wan2_1_t2v_14b"},
                     {"homework", "Homework photos", "llm8b", "q4", 4096, 1, 0, true, ""},
                     {"broken", "Names a missing model", "llm8b", "q4", 4096, 1, 0, false, "nope"}};
    }
    CatalogView view() const
    {
        return CatalogView{models, quants, platforms, workloads, tiers, {}, nullptr, &projectors, &generation};
    }
};

// The LLM alone at 4,096 tokens, by hand (core/MemoryEstimate.cpp):
//   weights  8e9 x 4 bits / 8                         = 4,000,000,000
//   KV       2 x 32 x 8 x 128 x 2 B x 4,096 tokens    =   536,870,912
//   overhead 0.5 GiB + 0.75 MiB x 32 heads             =   536,870,912 + 25,165,824
//   total                                              = 5,098,907,648
constexpr double kLlmBytes = 5098907648.0;

} // namespace

class TestGenerationModel : public QObject
{
    Q_OBJECT

private slots:
    void fluxIsTheSumOfItsComponents()
    {
        // 23.8 + 9.8 + 0.25 + 0.34 = 34.19 GB; no activation overhead is sourced, so none is added.
        const auto footprint = generationFootprint(flux());
        QVERIFY(footprint);
        QCOMPARE(footprint.value().componentBytes, 34.19e9);
        QCOMPARE(footprint.value().overheadBytes, 0.0);
        QCOMPARE(footprint.value().totalBytes, 34.19e9);
    }

    void aSourcedOverheadIsAdded()
    {
        GenerationModel m = flux();
        m.overheadBytes = 2e9; // e.g. a published latent/activation figure
        QCOMPARE(generationFootprint(m).value().totalBytes, 36.19e9);
    }

    void componentWithoutFileIsParamsTimesPrecision()
    {
        // FLUX's 12 B transformer at bf16: 12e9 x 2 B = 24e9; at fp8: 12e9 x 1 B = 12e9.
        QCOMPARE(componentBytes({"transformer", "DiT", 12.0, "bf16", 0.0}).value(), 24e9);
        QCOMPARE(componentBytes({"transformer", "DiT", 12.0, "fp8", 0.0}).value(), 12e9);
        QCOMPARE(componentBytes({"transformer", "DiT", 12.0, "fp32", 0.0}).value(), 48e9);
        const auto unknown = componentBytes({"vae", "VAE", 0.0, "", 0.0});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
        QVERIFY(!componentBytes({"vae", "VAE", 0.0, "", -1.0}));
        GenerationModel empty;
        empty.id = "empty";
        QVERIFY(!generationFootprint(empty));
    }

    void speedOnlyWhereMeasured()
    {
        GenerationModel m = wan14b();
        m.speeds.push_back({"rtx_4090", 48.0, true, "480P"});
        QCOMPARE(measuredSpeed(m, "rtx_4090")->seconds, 48.0);
        QVERIFY(measuredSpeed(m, "rtx_4090")->perVideoSecond);
        QVERIFY(!measuredSpeed(m, "rtx_5090")); // not estimated
        QCOMPARE(modelKindName(parseModelKind("video").value()), std::string("video"));
        QVERIFY(!parseModelKind("audio"));
    }

    void videoBesideLlmHoldsBoth()
    {
        const Fixture fixture;
        WorkloadRequest request;
        request.slugs = {"video-beside-llm"};
        const auto plan = planWorkloads(fixture.view(), request);
        QVERIFY(plan);
        const ModelNeed& need = plan.value().needs.front();
        QCOMPARE(need.companions.size(), std::size_t(1));
        QCOMPARE(need.companions.front().kind, CompanionKind::VideoGeneration);
        QCOMPARE(need.companions.front().bytes, 40.51e9); // 28.6 + 11.4 + 0.51 GB
        const auto memory = estimateNeedMemory(need, scenarioFor(need, plan.value().scenario));
        QVERIFY(memory);
        QCOMPARE(memory.value().companionBytes, 40.51e9);
        // 5,098,907,648 (LLM) + 40,510,000,000 (Wan 2.1 14B) = 45,608,907,648 bytes resident at once.
        QCOMPARE(memory.value().totalBytes, kLlmBytes + 40.51e9);
        QCOMPARE(memory.value().totalBytes, 45608907648.0);
    }

    void recommenderSizesTheSum()
    {
        const Fixture fixture;
        WorkloadRequest request;
        request.slugs = {"video-beside-llm"};
        const auto plan = planWorkloads(fixture.view(), request);
        QVERIFY(plan);
        const auto recommendation
            = recommend(plan.value().needs, {}, plan.value().scenario, {}, {}, SpeedCalibration{});
        QVERIFY(recommendation);
        const WorkloadFootprint& w = recommendation.value().workloads.front();
        QCOMPARE(w.modelBytes, kLlmBytes);
        QCOMPARE(w.footprintBytes, 45608907648.0);
        QCOMPARE(recommendation.value().peakFootprintBytes, 45608907648.0);
        // RAM at the 0.75 headroom line: 45,608,907,648 / 0.75 = 60,811,876,864 bytes.
        QCOMPARE(recommendation.value().requiredMemoryBytes, 60811876864.0);
    }

    void imagesAddTheProjector()
    {
        const Fixture fixture;
        WorkloadRequest request;
        request.slugs = {"homework"};
        const auto plan = planWorkloads(fixture.view(), request);
        QVERIFY(plan);
        const ModelNeed& need = plan.value().needs.front();
        QVERIFY(need.usesImages);
        QCOMPARE(need.companions.size(), std::size_t(1));
        QCOMPARE(need.companions.front().kind, CompanionKind::VisionProjector);
        // 5,098,907,648 + 175,115,264 (the projector file) = 5,274,022,912.
        QCOMPARE(estimateNeedMemory(need, scenarioFor(need, plan.value().scenario)).value().totalBytes, 5274022912.0);
    }

    void concurrentWorkloadsLoadACompanionOnce()
    {
        const Fixture fixture;
        WorkloadRequest request;
        request.slugs = {"video-beside-llm", "homework"};
        const auto plan = planWorkloads(fixture.view(), request);
        QVERIFY(plan);
        std::vector<MemoryBreakdown> memories;
        for (const ModelNeed& need : plan.value().needs) {
            memories.push_back(estimateNeedMemory(need, scenarioFor(need, plan.value().scenario)).value());
        }
        // One LLM (4e9 weights + 25,165,824 + 0.5 GiB overhead once), two caches (2 x 536,870,912),
        // the video model and the projector: 4,562,036,736 + 1,073,741,824 + 40,510,000,000 + 175,115,264.
        QCOMPARE(concurrentFootprint(plan.value().needs, memories).totalBytes, 46320893824.0);
    }

    void missingGenerationModelIsACorruptCatalog()
    {
        const Fixture fixture;
        WorkloadRequest request;
        request.slugs = {"broken"};
        const auto plan = planWorkloads(fixture.view(), request);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::CorruptCatalog);
    }
};

QTEST_GUILESS_MAIN(TestGenerationModel)
#include "tst_generation_model.moc"
