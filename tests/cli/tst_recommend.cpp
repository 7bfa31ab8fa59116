// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalrigProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace localrig;
using Run = tests::LocalrigProcess::Run;

// `localrig recommend` on the real shipped catalog, as a user runs it.
class TestRecommend final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testGuideTiers_data();
    void testGuideTiers();
    void testEveryUseCaseGetsATier();
    void testBudgetAndVendorChangeTheRanking();
    void testUnknownWorkloadNamesTheClosest();
    void testReportWritesTheRecommendationAsPdf();
    void testEstimateByCatalogNames();
    void testRunCommandAndMultiGpuBuilds();
    void testVideoBesideAnLlmHoldsBoth();
    void testCatalogListsGenerationModels();

private:
    Run run(const QStringList& arguments) const { return m_localrig.run(arguments); }
    QJsonObject recommendJson(const QStringList& extra) const { return m_localrig.recommendJson(extra); }

    tests::LocalrigProcess m_localrig;
};

void TestRecommend::initTestCase()
{
    QVERIFY(m_localrig.isValid());
}

void TestRecommend::testGuideTiers_data()
{
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("model");
    // Qwen3.6-35B-A3B Q4_K_M 21.2 GB + 2 sessions x 128K of 20,480 B/token KV (5.37 GB) + state + overhead
    // ~ 25.4 GiB -> ~33.9 GiB at 0.75: past 32 GB, so the guide's 48 GB row in Tier 2.
    QTest::newRow("coding-assistant: 48 GB tier") << "coding-assistant"
                                                  << "tier2"
                                                  << "qwen3_6_35b_a3b";
    // Gemma 4 12B Q4_K_M 7.24 GB + small sliding-window KV at 16K ~ 7.7 GiB -> ~10.3 GiB: Tier 1.
    QTest::newRow("student-learning: 16 GB tier") << "student-learning"
                                                  << "tier1"
                                                  << "gemma4_12b";
    // Qwen3.5-122B-A10B MXFP4 74 GB file + 4 sessions x 32K ~ 72.7 GiB -> ~97 GiB: Tier 4 (96-128 GB).
    QTest::newRow("multi-agent: 128 GB tier") << "multi-agent"
                                              << "tier4"
                                              << "qwen3_5_122b_a10b";
}

void TestRecommend::testGuideTiers()
{
    QFETCH(QString, workload);
    QFETCH(QString, tier);
    QFETCH(QString, model);
    const QJsonObject root = recommendJson({QStringLiteral("--workload"), workload});
    QCOMPARE(root.value(QStringLiteral("tier")).toObject().value(QStringLiteral("id")).toString(), tier);
    QCOMPARE(root.value(QStringLiteral("models")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(),
             model);
    const QJsonArray ranked = root.value(QStringLiteral("ranked")).toArray();
    QVERIFY(!ranked.isEmpty());
    QVERIFY(ranked.at(0).toObject().value(QStringLiteral("meets_needs")).toBool());
    QVERIFY(!root.value(QStringLiteral("reasons")).toArray().isEmpty());
}

void TestRecommend::testEveryUseCaseGetsATier()
{
    const QStringList slugs{QStringLiteral("student-learning"),
                            QStringLiteral("coding-assistant"),
                            QStringLiteral("coding-budget"),
                            QStringLiteral("math-reasoning"),
                            QStringLiteral("agents-tool-calling"),
                            QStringLiteral("rag"),
                            QStringLiteral("long-context-retrieval"),
                            QStringLiteral("structured-output"),
                            QStringLiteral("personal-knowledge-base"),
                            QStringLiteral("small-business-automation"),
                            QStringLiteral("enterprise-knowledge-base"),
                            QStringLiteral("multi-agent"),
                            QStringLiteral("fine-tuning"),
                            QStringLiteral("video-beside-llm")};
    for (const QString& slug : slugs) {
        const QJsonObject root = recommendJson({QStringLiteral("--workload"), slug});
        QVERIFY2(root.value(QStringLiteral("tier")).isObject(), qPrintable(slug));
        QVERIFY2(!root.value(QStringLiteral("ranked")).toArray().isEmpty(), qPrintable(slug));
        const double required = root.value(QStringLiteral("required_memory_bytes")).toDouble();
        const QJsonObject tier = root.value(QStringLiteral("tier")).toObject();
        // The tier is the smallest whose top memory holds the requirement.
        QVERIFY2(tier.value(QStringLiteral("max_gb")).toDouble() * 1073741824.0 >= required, qPrintable(slug));
    }
}

void TestRecommend::testBudgetAndVendorChangeTheRanking()
{
    const QStringList coding{QStringLiteral("--workload"), QStringLiteral("coding-assistant")};
    const QJsonObject any = recommendJson(coding);
    const QJsonObject first = any.value(QStringLiteral("ranked")).toArray().at(0).toObject();
    const double cheapest = first.value(QStringLiteral("price_usd")).toDouble();

    // A budget under the best machine's price pushes it behind the machines within budget.
    const QJsonObject tight
        = recommendJson(coding + QStringList{QStringLiteral("--budget"), QString::number(cheapest - 1.0)});
    const QJsonArray ranked = tight.value(QStringLiteral("ranked")).toArray();
    QVERIFY(ranked.at(0).toObject().value(QStringLiteral("id")).toString()
            != first.value(QStringLiteral("id")).toString());
    for (const QJsonValue& entry : ranked) {
        const QJsonObject machine = entry.toObject();
        if (machine.value(QStringLiteral("id")) == first.value(QStringLiteral("id"))) {
            QVERIFY(machine.value(QStringLiteral("excluded")).toBool());
        }
    }

    // NVIDIA only: every machine that is not excluded is NVIDIA's.
    const QJsonObject nvidia
        = recommendJson(coding + QStringList{QStringLiteral("--vendor"), QStringLiteral("nvidia")});
    for (const QJsonValue& entry : nvidia.value(QStringLiteral("ranked")).toArray()) {
        const QJsonObject machine = entry.toObject();
        if (!machine.value(QStringLiteral("excluded")).toBool()) {
            QVERIFY(machine.value(QStringLiteral("vendor")).toString().contains(QStringLiteral("NVIDIA")));
        }
    }
    const QJsonObject apple = recommendJson(coding + QStringList{QStringLiteral("--vendor"), QStringLiteral("apple")});
    QCOMPARE(
        apple.value(QStringLiteral("ranked")).toArray().at(0).toObject().value(QStringLiteral("vendor")).toString(),
        QStringLiteral("Apple"));
}

void TestRecommend::testUnknownWorkloadNamesTheClosest()
{
    const Run result
        = run({QStringLiteral("recommend"), QStringLiteral("--workload"), QStringLiteral("coding-asistant")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("coding-assistant"), result.err.constData());
    QVERIFY(!result.err.trimmed().contains('\n'));
}

void TestRecommend::testReportWritesTheRecommendationAsPdf()
{
    const QString pdf = m_localrig.filePath(QStringLiteral("out.pdf"));
    const QStringList plan{QStringLiteral("--workload"), QStringLiteral("coding-assistant"),
                           QStringLiteral("--api-usd-month"), QStringLiteral("150")};
    const Run written = run(QStringList{QStringLiteral("report")} + plan + QStringList{QStringLiteral("--pdf"), pdf});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Tier 2")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Sources")));
    QVERIFY(text.contains(QStringLiteral("break-even")) || text.contains(QStringLiteral("breaks even")));
    QVERIFY(text.contains(QStringLiteral("month")));
    // Every machine the recommendation ranks first appears in the report.
    const QJsonObject root = recommendJson(plan);
    const QString first
        = root.value(QStringLiteral("ranked")).toArray().at(0).toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(text.simplified().contains(first.left(20)), qPrintable(first));
}

void TestRecommend::testEstimateByCatalogNames()
{
    // Phi-4 at Q4_K_M has a measured 9.1 GB file (Ollama), which wins over 14.7e9 * 4.85 / 8 = 8.91 GB;
    // with an 8K cache (40*2*10*128*2*8192 = 1.68 GB) it fits the RTX 4090's 24 - 1 GiB.
    const Run result = run({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("phi4"),
                            QStringLiteral("--quant"), QStringLiteral("Q4_K_M"), QStringLiteral("--platform"),
                            QStringLiteral("rtx_4090"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    const QJsonObject memory = root.value(QStringLiteral("memory")).toObject();
    QCOMPARE(memory.value(QStringLiteral("weights_bytes")).toDouble(), 9.1e9);
    QVERIFY(memory.value(QStringLiteral("weights_from_file")).toBool());
    QCOMPARE(memory.value(QStringLiteral("kv_cache_bytes")).toDouble(), 1677721600.0);
    QCOMPARE(root.value(QStringLiteral("fit")).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("fits_in_vram"));

    const Run unknown = run({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("phi5"),
                             QStringLiteral("--platform"), QStringLiteral("rtx_4090")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("closest"), unknown.err.constData());
}

QTEST_GUILESS_MAIN(TestRecommend)
// Issue 17: every fitting model x machine carries the llama.cpp command line of its estimate, and the
// multi-GPU builds take part as complete systems (cards + a dual-card host).
void TestRecommend::testRunCommandAndMultiGpuBuilds()
{
    const QJsonObject root = recommendJson({QStringLiteral("--workload"), QStringLiteral("multi-agent")});
    const QJsonArray ranked = root.value(QStringLiteral("ranked")).toArray();
    QVERIFY(!ranked.isEmpty());
    bool sawDual = false;
    for (const QJsonValue& value : ranked) {
        const QJsonObject machine = value.toObject();
        for (const QJsonValue& entry : machine.value(QStringLiteral("models")).toArray()) {
            const QJsonObject model = entry.toObject();
            const bool fits = model.value(QStringLiteral("fit")).toObject().value(QStringLiteral("verdict")).toString()
                != QLatin1String("wont_fit");
            const QString command = model.value(QStringLiteral("run_command")).toString();
            QCOMPARE(command.startsWith(QLatin1String("llama-server -m qwen3_5_122b_a10b-MXFP4.gguf -c 131072 -np 4")),
                     fits);
            if (model.value(QStringLiteral("placement")).toString() == QLatin1String("experts_in_system_ram")) {
                QVERIFY(command.contains(QLatin1String("--n-cpu-moe ")));
            }
        }
        if (machine.value(QStringLiteral("id")).toString() == QLatin1String("dual_rtx_3090")) {
            sawDual = true;
            QCOMPARE(machine.value(QStringLiteral("gpu_count")).toInt(), 2);
            QCOMPARE(machine.value(QStringLiteral("host_build")).toString(), QStringLiteral("host_dual_1500w"));
            // 2 x $750 used + the 1500 W dual host's $1,840 (200 + 430 + 380 + 380 + 150 + 300).
            QCOMPARE(machine.value(QStringLiteral("system_price_usd")).toDouble(), 3340.0);
        }
    }
    QVERIFY(sawDual);
}

void TestRecommend::testVideoBesideAnLlmHoldsBoth()
{
    const QJsonObject root = recommendJson({QStringLiteral("--workload"), QStringLiteral("video-beside-llm")});
    const QJsonObject workload = root.value(QStringLiteral("workloads")).toArray().at(0).toObject();
    const QJsonArray components = workload.value(QStringLiteral("components")).toArray();
    QCOMPARE(components.size(), 2);
    const QJsonObject llm = components.at(0).toObject();
    const QJsonObject video = components.at(1).toObject();
    QCOMPARE(llm.value(QStringLiteral("kind")).toString(), QStringLiteral("llm"));
    QCOMPARE(llm.value(QStringLiteral("id")).toString(), QStringLiteral("qwen3_6_35b_a3b"));
    QCOMPARE(video.value(QStringLiteral("kind")).toString(), QStringLiteral("video_generation"));
    QCOMPARE(video.value(QStringLiteral("id")).toString(), QStringLiteral("wan2_1_t2v_14b"));
    // db/catalog/generation_components.csv: 28.6 GB DiT + 11.4 GB umT5-XXL + 0.51 GB VAE = 40.51 GB.
    QCOMPARE(video.value(QStringLiteral("bytes")).toDouble(), 40.51e9);
    // Both are resident at once: the footprint is the LLM's plus the video model's.
    QCOMPARE(workload.value(QStringLiteral("footprint_bytes")).toDouble(),
             llm.value(QStringLiteral("bytes")).toDouble() + 40.51e9);
    QCOMPARE(root.value(QStringLiteral("peak_footprint_bytes")).toDouble(),
             workload.value(QStringLiteral("footprint_bytes")).toDouble());
    // Over 40.51 GB / 0.75 = 54 GB for the video model alone: past Tier 3's 64 GB with the LLM, so Tier 4
    // (the guide: "128GB is worth considering").
    QCOMPARE(root.value(QStringLiteral("tier")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("tier4"));
}

void TestRecommend::testCatalogListsGenerationModels()
{
    const Run result
        = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray models = QJsonDocument::fromJson(result.out).array();
    QJsonObject flux;
    int text = 0;
    for (const QJsonValue& value : models) {
        const QJsonObject model = value.toObject();
        text += model.value(QStringLiteral("kind")).toString() == QLatin1String("text") ? 1 : 0;
        if (model.value(QStringLiteral("id")).toString() == QLatin1String("flux1_dev")) {
            flux = model;
        }
    }
    QVERIFY(text > 0);
    QCOMPARE(flux.value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
    QCOMPARE(flux.value(QStringLiteral("components")).toArray().size(), 4);
    QCOMPARE(flux.value(QStringLiteral("footprint_bytes")).toDouble(), 34.19e9); // 23.8 + 9.8 + 0.25 + 0.34 GB
    QCOMPARE(flux.value(QStringLiteral("speed")).toString(), QStringLiteral("not estimated"));
    const Run table = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("models")});
    QVERIFY(table.out.contains("video generation"));
}

#include "tst_recommend.moc"
