// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TierCard.h"

#include "NoteText.h"

#include <QLabel>
#include <QVBoxLayout>

namespace localrig::ui {

TierCard::TierCard(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("tierCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    // The answer leads: what to buy, for how much; the tier and why follow.
    m_answer = NoteText::label(this, QStringLiteral("tierAnswerLabel"));
    QFont answerFont = m_answer->font();
    answerFont.setPointSizeF(answerFont.pointSizeF() * 1.35);
    answerFont.setBold(true);
    m_answer->setFont(answerFont);
    m_answer->setTextFormat(Qt::PlainText);
    m_answerDetails = NoteText::label(this, QStringLiteral("tierAnswerDetailsLabel"));
    m_headline = NoteText::label(this, QStringLiteral("tierHeadlineLabel"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.1);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setTextFormat(Qt::PlainText);
    m_audience = NoteText::label(this, QStringLiteral("tierAudienceLabel"));
    m_audience->setTextFormat(Qt::PlainText);
    m_models = NoteText::label(this, QStringLiteral("tierModelsLabel"));
    m_machines = NoteText::label(this, QStringLiteral("tierMachinesLabel"));
    m_reasons = NoteText::label(this, QStringLiteral("tierReasonsLabel"));
    layout->addWidget(m_answer);
    layout->addWidget(m_answerDetails);
    layout->addWidget(m_headline);
    layout->addWidget(m_audience);
    layout->addWidget(m_models);
    layout->addWidget(m_machines);
    layout->addWidget(m_reasons);
    layout->addStretch();
}

void TierCard::setContent(const TierCardContent& content)
{
    QStringList parts{content.title, content.range, content.verdict};
    parts.removeAll(QString());
    m_headline->setText(parts.join(QStringLiteral(" · ")));
    m_answer->setText(content.answer);
    m_answer->setVisible(!content.answer.isEmpty());
    QString details;
    for (const QString& line : content.answerDetails) {
        details += QStringLiteral("%1<br>").arg(line.toHtmlEscaped());
    }
    m_answerDetails->setText(details);
    m_answerDetails->setVisible(!content.answerDetails.isEmpty());
    m_audience->setText(content.audience);
    m_audience->setVisible(!content.audience.isEmpty());
    m_models->setText(NoteText::bulletList(tr("Workloads"), content.models));
    m_machines->setText(NoteText::bulletList(tr("Also good"), content.machines));
    m_reasons->setText(NoteText::bulletList(tr("Why"), content.reasons));
    m_models->setVisible(!content.models.isEmpty());
    m_machines->setVisible(!content.machines.isEmpty());
    m_reasons->setVisible(!content.reasons.isEmpty());
    m_emphasised = content.emphasised;
    applyEmphasis();
}

QString TierCard::headline() const
{
    return m_headline->text();
}

QString TierCard::answer() const
{
    return m_answer->text();
}

QString TierCard::bodyText() const
{
    return QStringList{m_answer->text(), m_answerDetails->text(), m_audience->text(),
                       m_models->text(), m_machines->text(),      m_reasons->text()}
        .join(QLatin1Char('\n'));
}

void TierCard::applyEmphasis()
{
    // palette() in a style sheet follows the system palette, so the border tracks light and dark modes.
    // The #tierCard selector keeps the border off the labels inside.
    setStyleSheet(m_emphasised
                      ? QStringLiteral("#tierCard { border: 3px solid palette(highlight); border-radius: 8px; }")
                      : QStringLiteral("#tierCard { border: 1px solid palette(mid); border-radius: 8px; }"));
}

} // namespace localrig::ui
