<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CalibrateCommand</name>
    <message numerus="yes">
        <source>  prefill: %n row(s) on hardware without sourced FP16 FLOPS (not fitted)</source>
        <translation>
            <numerusform>  prefill: %n row on hardware without sourced FP16 FLOPS (not fitted)</numerusform>
            <numerusform>  prefill: %n rows on hardware without sourced FP16 FLOPS (not fitted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstimateCommand</name>
    <message numerus="yes">
        <source>Prefill     %1 tokens/s; first token after %2 s for %Ln prompt tokens</source>
        <translation>
            <numerusform>Prefill     %1 tokens/s; first token after %2 s for %Ln prompt token</numerusform>
            <numerusform>Prefill     %1 tokens/s; first token after %2 s for %Ln prompt tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, prefill %1 tokens/s (%Ln-token prompt)</source>
        <translation>
            <numerusform>, prefill %1 tokens/s (%Ln-token prompt)</numerusform>
            <numerusform>, prefill %1 tokens/s (%Ln-token prompt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasuredEvidence</name>
    <message numerus="yes">
        <source>Published runs of this machine decode %1 at about %2 % of LocalRig&apos;s estimate (%n run(s)): %3. Its speeds for such models are scaled to those runs; see Hardware, Measured on this machine.</source>
        <translation>
            <numerusform>Published runs of this machine decode %1 at about %2 % of LocalRig&apos;s estimate (%n run): %3. Its speeds for such models are scaled to those runs; see Hardware, Measured on this machine.</numerusform>
            <numerusform>Published runs of this machine decode %1 at about %2 % of LocalRig&apos;s estimate (%n runs): %3. Its speeds for such models are scaled to those runs; see Hardware, Measured on this machine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelFileFacts</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TcoCommand</name>
    <message numerus="yes">
        <source>Never breaks even within %n month(s)</source>
        <translation>
            <numerusform>Never breaks even within %n month</numerusform>
            <numerusform>Never breaks even within %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s): local %1, API %2</source>
        <translation>
            <numerusform>After %n month: local %1, API %2</numerusform>
            <numerusform>After %n months: local %1, API %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierCardBuilder</name>
    <message numerus="yes">
        <source>%1: %2 · %3 × %n agent(s) · %4</source>
        <translation>
            <numerusform>%1: %2 · %3 × %n agent · %4</numerusform>
            <numerusform>%1: %2 · %3 × %n agents · %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n cards %1 + %2 %3</source>
        <translation>
            <numerusform>The %n card %1 + %2 %3</numerusform>
            <numerusform>The %n cards %1 + %2 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advanced: %n machines joined through a network switch, set up by hand (llama.cpp RPC or exo); the price is the machines together, and the switch comes on top.</source>
        <translation>
            <numerusform>Advanced: %n machine joined through a network switch, set up by hand (llama.cpp RPC or exo); the price is the machines together, and the switch comes on top.</numerusform>
            <numerusform>Advanced: %n machines joined through a network switch, set up by hand (llama.cpp RPC or exo); the price is the machines together, and the switch comes on top.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advanced: %n machines joined by one network cable, set up by hand (llama.cpp RPC or exo); the price is the machines together.</source>
        <translation>
            <numerusform>Advanced: %n machine joined by one network cable, set up by hand (llama.cpp RPC or exo); the price is the machines together.</numerusform>
            <numerusform>Advanced: %n machines joined by one network cable, set up by hand (llama.cpp RPC or exo); the price is the machines together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>%1 x%2 from %n row(s) at depth</source>
        <translation>
            <numerusform>%1 x%2 from %n row at depth</numerusform>
            <numerusform>%1 x%2 from %n rows at depth</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n parallel agent(s)</source>
        <translation>
            <numerusform>%n parallel agent</numerusform>
            <numerusform>%n parallel agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Does not pay for itself within %n year(s).</source>
        <translation>
            <numerusform>Does not pay for itself within %n year.</numerusform>
            <numerusform>Does not pay for itself within %n years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>localrig::ui::ArticleListModel</name>
    <message numerus="yes">
        <source>%n hit(s) in this article</source>
        <translation>
            <numerusform>%n hit in this article</numerusform>
            <numerusform>%n hits in this article</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>localrig::ui::GuidePage</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) in %1</source>
        <translation>
            <numerusform>%Ln hit in %1</numerusform>
            <numerusform>%Ln hits in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>localrig::ui::MainWindow</name>
    <message numerus="yes">
        <source>Catalog of %1 · %n model(s)</source>
        <translation>
            <numerusform>Catalog of %1 · %n model</numerusform>
            <numerusform>Catalog of %1 · %n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n machine(s)</source>
        <translation>
            <numerusform> · %n machine</numerusform>
            <numerusform> · %n machines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlanInputsPanel</name>
    <message numerus="yes">
        <source>Workload default (%n agent(s))</source>
        <translation>
            <numerusform>Workload default (%n agent)</numerusform>
            <numerusform>Workload default (%n agents)</numerusform>
        </translation>
    </message>
</context>
</TS>
