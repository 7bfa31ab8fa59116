// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogText.h"

#include <QCoreApplication>

#include <string_view>

namespace localrig::ui {

namespace {

// The English below is copied from db/catalog/use_cases.csv and tiers.csv (name, description / audience).
struct KnownText
{
    std::string_view key;
    const char* title;
    const char* prose;
};

constexpr KnownText knownUseCases[] = {
    {"student-learning", QT_TRANSLATE_NOOP("CatalogText", "Student learning"),
     QT_TRANSLATE_NOOP("CatalogText",
                       "Learn and experiment with a local assistant for study, writing and simple code questions.")},
    {"coding-assistant", QT_TRANSLATE_NOOP("CatalogText", "Coding assistant"),
     QT_TRANSLATE_NOOP("CatalogText",
                       "Daily coding help and an agent that reads and edits a repository with long context.")},
    {"coding-budget", QT_TRANSLATE_NOOP("CatalogText", "Coding on a budget"),
     QT_TRANSLATE_NOOP("CatalogText", "Code completion and generation on a modest 16-24 GB machine.")},
    {"math-reasoning", QT_TRANSLATE_NOOP("CatalogText", "Math and step-by-step reasoning"),
     QT_TRANSLATE_NOOP("CatalogText",
                       "Solve math and logic problems with a reasoning model that thinks before answering.")},
    {"agents-tool-calling", QT_TRANSLATE_NOOP("CatalogText", "AI agents and tool calling"),
     QT_TRANSLATE_NOOP("CatalogText", "Run an agent that calls tools and APIs, several calls in parallel.")},
    {"rag", QT_TRANSLATE_NOOP("CatalogText", "RAG over documents"),
     QT_TRANSLATE_NOOP("CatalogText",
                       "Answer questions from your documents by retrieving the relevant passages first.")},
    {"long-context-retrieval", QT_TRANSLATE_NOOP("CatalogText", "Long-context retrieval"),
     QT_TRANSLATE_NOOP("CatalogText", "Read and cross-reference very long documents in one pass.")},
    {"structured-output", QT_TRANSLATE_NOOP("CatalogText", "Structured output and JSON"),
     QT_TRANSLATE_NOOP("CatalogText", "Extract data into JSON that follows a schema, reliably and repeatably.")},
    {"personal-knowledge-base", QT_TRANSLATE_NOOP("CatalogText", "Personal knowledge base"),
     QT_TRANSLATE_NOOP("CatalogText", "Chat with your own notes, files and bookmarks, privately on your machine.")},
    {"small-business-automation", QT_TRANSLATE_NOOP("CatalogText", "Small business automation"),
     QT_TRANSLATE_NOOP("CatalogText", "Automate routine work such as email triage, invoice extraction and summaries.")},
    {"enterprise-knowledge-base", QT_TRANSLATE_NOOP("CatalogText", "Enterprise knowledge base"),
     QT_TRANSLATE_NOOP("CatalogText", "Serve a team's questions over a large internal document collection.")},
    {"multi-agent", QT_TRANSLATE_NOOP("CatalogText", "Multi-agent workflows"),
     QT_TRANSLATE_NOOP("CatalogText", "Run a swarm of cooperating agents on one large local model at the same time.")},
    {"fine-tuning", QT_TRANSLATE_NOOP("CatalogText", "Fine-tuning (LoRA / QLoRA)"),
     QT_TRANSLATE_NOOP("CatalogText", "Adapt a model to your data with parameter-efficient fine-tuning.")},
    {"frontier-open-model", QT_TRANSLATE_NOOP("CatalogText", "Frontier open model at home"),
     QT_TRANSLATE_NOOP("CatalogText",
                       "Run a trillion-parameter open model such as Kimi K2.6 for agents and coding, "
                       "with nothing sent to a cloud.")},
    {"video-beside-llm", QT_TRANSLATE_NOOP("CatalogText", "Video generation beside an LLM"),
     QT_TRANSLATE_NOOP("CatalogText",
                       "Generate short video clips with a local diffusion model while a large "
                       "language model runs at the same time.")},
};

constexpr KnownText knownTiers[] = {
    {"tier1", QT_TRANSLATE_NOOP("CatalogText", "Students and casual coders"),
     QT_TRANSLATE_NOOP("CatalogText", "Students, first-time local-AI users, budget-constrained developers")},
    {"tier2", QT_TRANSLATE_NOOP("CatalogText", "Most professional developers"),
     QT_TRANSLATE_NOOP("CatalogText",
                       "Software engineers, founders building agent pipelines, privacy-minded developers")},
    {"tier3", QT_TRANSLATE_NOOP("CatalogText", "Senior engineers and power users"),
     QT_TRANSLATE_NOOP("CatalogText", "Engineers whose problems show reasoning gaps at 32B")},
    {"tier4", QT_TRANSLATE_NOOP("CatalogText", "Researchers and AI orchestrators"),
     QT_TRANSLATE_NOOP(
         "CatalogText",
         "Researchers running 120B+ models, large agent swarms, fine-tuning, concurrent multimodal pipelines")},
};

template <typename Table>
QString translated(const Table& table, const QString& key, const QString& english, const char* KnownText::*field)
{
    for (const KnownText& row : table) {
        if (QLatin1String(row.key.data(), static_cast<qsizetype>(row.key.size())) == key) {
            const char* source = row.*field;
            return english == QLatin1String(source) ? QCoreApplication::translate("CatalogText", source) : english;
        }
    }
    return english;
}

} // namespace

QString CatalogText::useCaseName(const QString& slug, const QString& english)
{
    return translated(knownUseCases, slug, english, &KnownText::title);
}

QString CatalogText::useCaseDescription(const QString& slug, const QString& english)
{
    return translated(knownUseCases, slug, english, &KnownText::prose);
}

QString CatalogText::tierName(const QString& tierId, const QString& english)
{
    return translated(knownTiers, tierId, english, &KnownText::title);
}

QString CatalogText::tierAudience(const QString& tierId, const QString& english)
{
    return translated(knownTiers, tierId, english, &KnownText::prose);
}

} // namespace localrig::ui
