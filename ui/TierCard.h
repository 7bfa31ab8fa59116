// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

namespace localrig::ui {

// Plain display text for one tier card; the page fills it from the core's recommendation.
struct TierCardContent
{
    QString answer; // "Buy this: Mac mini (M4 Pro) 48 GB — $1,999", or why there is no answer
    QStringList answerDetails; // speed as it will feel, first token, verdict, break-even
    QString title; // "Tier 2"
    QString range; // "32–48 GB"
    QString verdict; // "Best value"
    QString audience; // who it is for
    QStringList models; // one line per workload: model, context x agents, memory
    QStringList machines; // example machines with prices
    QStringList reasons; // why
    bool emphasised = false;
};

// "Tier 2 · 32–48 GB · Best value" at a glance, with the models, machines and reasons beneath.
class TierCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierCard)

public:
    explicit TierCard(QWidget* parent = nullptr);

    void setContent(const TierCardContent& content);
    QString headline() const;
    QString answer() const;
    QString bodyText() const;

private:
    void applyEmphasis();

    QLabel* m_answer = nullptr;
    QLabel* m_answerDetails = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_audience = nullptr;
    QLabel* m_models = nullptr;
    QLabel* m_machines = nullptr;
    QLabel* m_reasons = nullptr;
    bool m_emphasised = false;
};

} // namespace localrig::ui
