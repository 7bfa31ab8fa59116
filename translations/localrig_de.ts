<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BandwidthMeasurement</name>
    <message>
        <source>No way to measure was given.</source>
        <translation>Es wurde keine Messmethode angegeben.</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s memory bandwidth (about 2 seconds)…</source>
        <translation>Die Speicherbandbreite dieses Computers wird gemessen (etwa 2 Sekunden)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Measuring Memory Bandwidth</source>
        <translation>Messung der Speicherbandbreite</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>The measurement did not end.</source>
        <translation>Die Messung ist nicht zu Ende gekommen.</translation>
    </message>
    <message>
        <source>No pass over the memory completed.</source>
        <translation>Kein Durchlauf über den Speicher wurde abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Time the catalog load and the recalculations the window does on each change.</source>
        <translation>Misst das Laden des Katalogs und die Neuberechnungen, die das Fenster bei jeder Änderung ausführt.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Timed repetitions per figure (default 21).</source>
        <translation>Gemessene Wiederholungen je Wert (Standard 21).</translation>
    </message>
    <message>
        <source>localrig bench: %1</source>
        <translation>localrig bench: %1</translation>
    </message>
    <message>
        <source>localrig bench: --runs must be a whole number from 1 to 10000</source>
        <translation>localrig bench: --runs muss eine ganze Zahl von 1 bis 10000 sein</translation>
    </message>
    <message>
        <source>Catalog load: %1 ms</source>
        <translation>Katalog-Ladezeit: %1 ms</translation>
    </message>
    <message>
        <source>%1x catalog (%2 models, %3 machines): every model x quantization x machine (%4 cells) in %5 ms (%6 ns a cell); Plan page recalculation %7 ms</source>
        <translation>%1x Katalog (%2 Modelle, %3 Rechner): jedes Modell x Quantisierung x Rechner (%4 Zellen) in %5 ms (%6 ns je Zelle); Neuberechnung der Seite Planen %7 ms</translation>
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
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>über Budget</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>not portable</source>
        <translation>nicht tragbar</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>needs %1, %2 usable</source>
        <translation>braucht %1, %2 nutzbar</translation>
    </message>
    <message>
        <source>under %1 tokens/s when %2 fills</source>
        <translation>unter %1 Token/s bei vollen %2</translation>
    </message>
    <message>
        <source>first token after %1</source>
        <translation>erstes Token nach %1</translation>
    </message>
    <message>
        <source>tight: needs %1, %2 with headroom</source>
        <translation>knapp: braucht %1, %2 innerhalb der Reservegrenze</translation>
    </message>
    <message>
        <source>%1 % of the weights in system RAM</source>
        <translation>%1 % der Gewichte im System-RAM</translation>
    </message>
    <message>
        <source>%1 tokens/s at %2 deep</source>
        <translation>%1 Token/s bei %2 Kontexttiefe</translation>
    </message>
    <message>
        <source>first-token time unknown</source>
        <translation>Zeit bis zum ersten Token unbekannt</translation>
    </message>
    <message>
        <source>fast, with headroom</source>
        <translation>schnell, mit Reserve</translation>
    </message>
    <message>
        <source>fast, with headroom; no price</source>
        <translation>schnell, mit Reserve; kein Preis</translation>
    </message>
    <message>
        <source>A graphics card needs a desktop PC around it: %1 adds %2 to the card&apos;s %3.</source>
        <translation>Eine Grafikkarte braucht einen Desktop-PC drumherum: %1 kostet %2 zusätzlich zu den %3 der Karte.</translation>
    </message>
    <message>
        <source>Priced as the card alone (%1), since your desktop PC takes it.</source>
        <translation>Nur zum Kartenpreis gerechnet (%1), da Ihr Desktop-PC sie aufnimmt.</translation>
    </message>
    <message>
        <source>No host PC in the catalog has a power supply sized for this card&apos;s %1 W.</source>
        <translation>Kein Host-PC im Katalog hat ein Netzteil, das für die %1 W dieser Karte ausgelegt ist.</translation>
    </message>
    <message>
        <source>%1 falls to about %2 when %3 fill the context, under the %4 minimum.</source>
        <translation>%1 fällt auf etwa %2, wenn %3 den Kontext füllen, unter das Minimum von %4.</translation>
    </message>
    <message>
        <source>%1 reads a %2 prompt for about %3 before the first token, over %4.</source>
        <translation>%1 liest einen Prompt mit %2 etwa %3 lang bis zum ersten Token, mehr als %4.</translation>
    </message>
    <message>
        <source>%1 takes about %2 to the first token for a %3 prompt (Great needs %4 or less).</source>
        <translation>%1 braucht bei einem Prompt mit %3 etwa %2 bis zum ersten Token („Sehr gut“ verlangt höchstens %4).</translation>
    </message>
    <message>
        <source>%1 decodes at about %2 with %3 in the context (Great needs %4).</source>
        <translation>%1 decodiert mit etwa %2 bei %3 im Kontext („Sehr gut“ verlangt %4).</translation>
    </message>
    <message>
        <source>No published compute figure for this machine, so the first-token time of %1 is not estimated.</source>
        <translation>Für diesen Rechner ist keine Rechenleistung veröffentlicht, daher wird die Zeit bis zum ersten Token für %1 nicht geschätzt.</translation>
    </message>
    <message>
        <source>The complete system&apos;s price is unknown, so it has no break-even and cannot be the answer.</source>
        <translation>Der Preis des Komplettsystems ist unbekannt, daher gibt es keine Amortisation, und der Rechner kann nicht die Antwort sein.</translation>
    </message>
    <message>
        <source>Only slow machines run this plan; the best of them is %1.</source>
        <translation>Nur langsame Rechner führen diesen Plan aus; der beste davon ist %1.</translation>
    </message>
    <message>
        <source>Only machines without a known price run this plan well, such as %1.</source>
        <translation>Nur Rechner ohne bekannten Preis führen diesen Plan gut aus, etwa %1.</translation>
    </message>
    <message>
        <source>%1 costs less (%2) and has the memory, but is too slow for this plan; see its row.</source>
        <translation>%1 kostet weniger (%2) und hat genug Speicher, ist für diesen Plan aber zu langsam; siehe die zugehörige Zeile.</translation>
    </message>
    <message>
        <source>~%1 (guide)</source>
        <translation>~%1 (Ratgeber)</translation>
    </message>
    <message>
        <source>%1 with PC</source>
        <translation>%1 mit PC</translation>
    </message>
    <message>
        <source>%1 card only</source>
        <translation>%1, nur Karte</translation>
    </message>
    <message>
        <source>not within 10 years</source>
        <translation>nicht innerhalb von 10 Jahren</translation>
    </message>
    <message>
        <source>unknown (no price)</source>
        <translation>unbekannt (kein Preis)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 → %2 tokens/s</source>
        <translation>%1 → %2 Token/s</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>as %1 × %2 fill</source>
        <translation>während sich %1 × %2 füllen</translation>
    </message>
    <message>
        <source>as %1 fills</source>
        <translation>während sich %1 füllt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
        <translation>&lt;b&gt;Sehr gut&lt;/b&gt;: passt unter die Reservegrenze, decodiert bei halb gefülltem Kontext mit %1 oder mehr (doppelt so schnell wie die %2 eines schnellen Lesers) und zeigt das erste Token innerhalb von %3 (die Grenze, bis zu der die Aufmerksamkeit erhalten bleibt, Nielsen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Good&lt;/b&gt;: fits, and stays at or above %1 when every session&apos;s context is full.</source>
        <translation>&lt;b&gt;Gut&lt;/b&gt;: passt und bleibt bei %1 oder mehr, wenn der Kontext jeder Sitzung voll ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slow&lt;/b&gt;: fits, but falls under %1 when the context fills, or takes over %2 to the first token.</source>
        <translation>&lt;b&gt;Langsam&lt;/b&gt;: passt, fällt aber bei vollem Kontext unter %1 oder braucht mehr als %2 bis zum ersten Token.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Too large&lt;/b&gt;: does not fit under the headroom line (on a Mac, the memory the GPU may use without changing system settings).</source>
        <translation>&lt;b&gt;Zu groß&lt;/b&gt;: passt nicht unter die Reservegrenze (auf einem Mac der Speicher, den die GPU ohne Änderung der Systemeinstellungen nutzen darf).</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>nicht mehr erhältlich</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>training time unknown</source>
        <translation>Trainingsdauer unbekannt</translation>
    </message>
    <message>
        <source>CPU only: not sized for fine-tuning</source>
        <translation>nur CPU: nicht für Fine-Tuning bemessen</translation>
    </message>
    <message>
        <source>fits for training, with headroom</source>
        <translation>passt fürs Training, mit Reserve</translation>
    </message>
    <message>
        <source>fits for training, with headroom; no price</source>
        <translation>passt fürs Training, mit Reserve; kein Preis</translation>
    </message>
    <message>
        <source>No published 16-bit compute figure for this machine, so the fine-tuning time of %1 is not estimated.</source>
        <translation>Für diesen Rechner ist keine 16-Bit-Rechenleistung veröffentlicht, daher wird die Fine-Tuning-Dauer für %1 nicht geschätzt.</translation>
    </message>
    <message>
        <source>A CPU-only machine is not sized for fine-tuning %1: the training estimate assumes a GPU or unified memory.</source>
        <translation>Ein reiner CPU-Rechner wird für das Fine-Tuning von %1 nicht bemessen: Die Trainingsschätzung setzt eine GPU oder gemeinsamen Speicher voraus.</translation>
    </message>
    <message>
        <source>Within your budget and preferences only slow machines run this plan; the best of them is %1.</source>
        <translation>Innerhalb Ihres Budgets und Ihrer Vorgaben führen nur langsame Rechner diesen Plan aus; der beste davon ist %1.</translation>
    </message>
    <message>
        <source>No machine within your budget and preferences runs this plan well; the cheapest that does is %1 at %2.</source>
        <translation>Kein Rechner innerhalb Ihres Budgets und Ihrer Vorgaben führt diesen Plan gut aus; der günstigste, der es kann, ist %1 für %2.</translation>
    </message>
</context>
<context>
    <name>CalibrateCommand</name>
    <message>
        <source>%1 rows: %2 used for decode, %3 for prefill</source>
        <translation>%1 Zeilen: %2 für Decode verwendet, %3 für Prefill</translation>
    </message>
    <message>
        <source>  %1 %2 %3  band %4-%5  rows %6%7</source>
        <translation>  %1 %2 %3  Band %4-%5  Zeilen %6%7</translation>
    </message>
    <message>
        <source>Kernel factors (multiply the efficiency)</source>
        <translation>Kernel-Faktoren (multiplizieren die Effizienz)</translation>
    </message>
    <message>
        <source>  %1 %2  rows %3</source>
        <translation>  %1 %2  Zeilen %3</translation>
    </message>
    <message>
        <source>Prefill efficiency (share of dense FP16 tensor FLOPS)</source>
        <translation>Prefill-Effizienz (Anteil der dichten FP16-Tensor-FLOPS)</translation>
    </message>
    <message>
        <source>  %1 %2  band %3-%4  rows %5%6</source>
        <translation>  %1 %2  Band %3-%4  Zeilen %5%6</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>  prefill: %n row(s) on hardware without sourced FP16 FLOPS (not fitted)</source>
        <translation>
            <numerusform>  Prefill: %n Zeile auf Hardware ohne belegte FP16-FLOPS (nicht angepasst)</numerusform>
            <numerusform>  Prefill: %n Zeilen auf Hardware ohne belegte FP16-FLOPS (nicht angepasst)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit the speed constants to a measurements CSV; print them and the residuals.</source>
        <translation>Passt die Geschwindigkeitskonstanten an eine Messungs-CSV an; gibt sie und die Residuen aus.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Write the constants file (speed-calibration.csv).</source>
        <translation>Die Konstantendatei schreiben (speed-calibration.csv).</translation>
    </message>
    <message>
        <source>Date of the data for the file header (default: the file&apos;s date).</source>
        <translation>Datum der Daten für den Dateikopf (Standard: das Datum der Datei).</translation>
    </message>
    <message>
        <source>localrig calibrate: %1</source>
        <translation>localrig calibrate: %1</translation>
    </message>
    <message>
        <source>localrig calibrate: --data FILE is required (and nothing else)</source>
        <translation>localrig calibrate: --data FILE ist erforderlich (und sonst nichts)</translation>
    </message>
    <message>
        <source>localrig calibrate: %1: %2</source>
        <translation>localrig calibrate: %1: %2</translation>
    </message>
    <message>
        <source>Time per layer per token: %1 us; fixed time per token: %2 ms; KV bytes cost x%3</source>
        <translation>Zeit pro Schicht und Token: %1 us; feste Zeit pro Token: %2 ms; KV-Byte kosten x%3</translation>
    </message>
    <message>
        <source>  (no rows: the global value)</source>
        <translation>  (keine Zeilen: der globale Wert)</translation>
    </message>
    <message>
        <source>  (no rows: the global value, or the default)</source>
        <translation>  (keine Zeilen: der globale Wert oder der Standardwert)</translation>
    </message>
    <message>
        <source>Residuals of the fit (line, measured, predicted tokens/s, ratio)</source>
        <translation>Residuen der Anpassung (Zeile, gemessene, vorhergesagte Token/s, Verhältnis)</translation>
    </message>
    <message>
        <source>Measurements CSV (columns of measured-public.csv); repeat for several files.</source>
        <translation>Messungs-CSV (Spalten wie in measured-public.csv); für mehrere Dateien wiederholen.</translation>
    </message>
    <message>
        <source>Decode efficiency (K-quant kernels; band = measured/predicted, 8th-92nd pct)</source>
        <translation>Decode-Effizienz (K-Quant-Kernel; Band = gemessen/vorhergesagt, 8.–92. Perzentil)</translation>
    </message>
</context>
<context>
    <name>CatalogCheck</name>
    <message>
        <source>Buyable machines without a price: %1</source>
        <translation>Kaufbare Rechner ohne Preis: %1</translation>
    </message>
    <message>
        <source>Stale prices (older than 6 months): %1</source>
        <translation>Veraltete Preise (älter als 6 Monate): %1</translation>
    </message>
    <message>
        <source>Figures only the guide states: %1</source>
        <translation>Werte, die nur der Ratgeber angibt: %1</translation>
    </message>
    <message>
        <source>Figures sources disagree on: %1</source>
        <translation>Werte, bei denen sich die Quellen widersprechen: %1</translation>
    </message>
    <message>
        <source>Sources that are not the vendor&apos;s page or the model&apos;s card: %1</source>
        <translation>Quellen, die weder die Herstellerseite noch die Modellkarte sind: %1</translation>
    </message>
    <message>
        <source>Catalog check on %1: %2 buyable, %3 announced, %4 discontinued machines</source>
        <translation>Katalogprüfung am %1: %2 kaufbare, %3 angekündigte, %4 eingestellte Rechner</translation>
    </message>
    <message>
        <source>Buyable machines whose current price is older than 12 months: %1</source>
        <translation>Kaufbare Rechner, deren aktueller Preis älter als 12 Monate ist: %1</translation>
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
        <translation>NAME</translation>
    </message>
    <message>
        <source>TOTAL B</source>
        <translation>GESAMT B</translation>
    </message>
    <message>
        <source>ACTIVE B</source>
        <translation>AKTIV B</translation>
    </message>
    <message>
        <source>ATTENTION</source>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <source>MEMORY GB</source>
        <translation>SPEICHER GB</translation>
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
        <translation>PREIS USD</translation>
    </message>
    <message>
        <source> (guide)</source>
        <translation> (Ratgeber)</translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation> (eigen)</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>BITS/WEIGHT</source>
        <translation>BITS/GEWICHT</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>QUANT</source>
        <translation>QUANT</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>localrig catalog: %1</source>
        <translation>localrig catalog: %1</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig: Warnung: %1</translation>
    </message>
    <message>
        <source>announced, no price</source>
        <translation>angekündigt, kein Preis</translation>
    </message>
    <message>
        <source> (stale, %1)</source>
        <translation> (veraltet, %1)</translation>
    </message>
    <message>
        <source>List the catalog&apos;s models, platforms, quantizations or use cases, or check it like a reviewer.</source>
        <translation>Listet Modelle, Plattformen, Quantisierungen oder Anwendungsfälle des Katalogs auf oder prüft ihn wie ein Gutachter.</translation>
    </message>
    <message>
        <source>check: the day prices are aged against (YYYY-MM-DD; default today).</source>
        <translation>check: der Stichtag, an dem das Alter der Preise gemessen wird (YYYY-MM-DD; Standard heute).</translation>
    </message>
    <message>
        <source>The action: list or check.</source>
        <translation>Die Aktion: list oder check.</translation>
    </message>
    <message>
        <source>list: models, platforms (or machines), quants or use-cases.</source>
        <translation>list: models, platforms (oder machines), quants oder use-cases.</translation>
    </message>
    <message>
        <source>localrig catalog: expected &apos;list models|platforms|machines|quants|use-cases&apos; or &apos;check&apos;</source>
        <translation>localrig catalog: &apos;list models|platforms|machines|quants|use-cases&apos; oder &apos;check&apos; erwartet</translation>
    </message>
    <message>
        <source>localrig catalog: --today must be a date YYYY-MM-DD</source>
        <translation>localrig catalog: --today muss ein Datum im Format YYYY-MM-DD sein</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>CatalogDataLoader</name>
    <message>
        <source>confirmed by the source</source>
        <translation>von der Quelle bestätigt</translation>
    </message>
    <message>
        <source>derived from sourced figures</source>
        <translation>aus belegten Werten abgeleitet</translation>
    </message>
    <message>
        <source>stated only by the guide</source>
        <translation>nur vom Ratgeber angegeben</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Lernen im Studium</translation>
    </message>
    <message>
        <source>Learn and experiment with a local assistant for study, writing and simple code questions.</source>
        <translation>Mit einem lokalen Assistenten lernen und experimentieren: Studium, Schreiben und einfache Codefragen.</translation>
    </message>
    <message>
        <source>Coding assistant</source>
        <translation>Programmierassistent</translation>
    </message>
    <message>
        <source>Daily coding help and an agent that reads and edits a repository with long context.</source>
        <translation>Tägliche Hilfe beim Programmieren und ein Agent, der ein Repository mit langem Kontext liest und bearbeitet.</translation>
    </message>
    <message>
        <source>Coding on a budget</source>
        <translation>Programmieren mit kleinem Budget</translation>
    </message>
    <message>
        <source>Code completion and generation on a modest 16-24 GB machine.</source>
        <translation>Codevervollständigung und -generierung auf einem bescheidenen Rechner mit 16–24 GB.</translation>
    </message>
    <message>
        <source>Math and step-by-step reasoning</source>
        <translation>Mathe und schrittweises Denken</translation>
    </message>
    <message>
        <source>Solve math and logic problems with a reasoning model that thinks before answering.</source>
        <translation>Mathe- und Logikaufgaben mit einem Reasoning-Modell lösen, das vor der Antwort nachdenkt.</translation>
    </message>
    <message>
        <source>AI agents and tool calling</source>
        <translation>KI-Agenten und Tool-Aufrufe</translation>
    </message>
    <message>
        <source>Run an agent that calls tools and APIs, several calls in parallel.</source>
        <translation>Einen Agenten betreiben, der Tools und APIs aufruft, mehrere Aufrufe parallel.</translation>
    </message>
    <message>
        <source>RAG over documents</source>
        <translation>RAG über Dokumente</translation>
    </message>
    <message>
        <source>Answer questions from your documents by retrieving the relevant passages first.</source>
        <translation>Fragen aus Ihren Dokumenten beantworten, indem zuerst die relevanten Passagen abgerufen werden.</translation>
    </message>
    <message>
        <source>Long-context retrieval</source>
        <translation>Retrieval mit langem Kontext</translation>
    </message>
    <message>
        <source>Read and cross-reference very long documents in one pass.</source>
        <translation>Sehr lange Dokumente in einem Durchgang lesen und querverweisen.</translation>
    </message>
    <message>
        <source>Structured output and JSON</source>
        <translation>Strukturierte Ausgabe und JSON</translation>
    </message>
    <message>
        <source>Extract data into JSON that follows a schema, reliably and repeatably.</source>
        <translation>Daten zuverlässig und reproduzierbar in JSON nach einem Schema extrahieren.</translation>
    </message>
    <message>
        <source>Personal knowledge base</source>
        <translation>Persönliche Wissensdatenbank</translation>
    </message>
    <message>
        <source>Chat with your own notes, files and bookmarks, privately on your machine.</source>
        <translation>Mit eigenen Notizen, Dateien und Lesezeichen chatten, privat auf Ihrem Rechner.</translation>
    </message>
    <message>
        <source>Small business automation</source>
        <translation>Automatisierung für Kleinunternehmen</translation>
    </message>
    <message>
        <source>Automate routine work such as email triage, invoice extraction and summaries.</source>
        <translation>Routinearbeit automatisieren, etwa E-Mail-Sortierung, Rechnungsauslesung und Zusammenfassungen.</translation>
    </message>
    <message>
        <source>Enterprise knowledge base</source>
        <translation>Wissensdatenbank für Unternehmen</translation>
    </message>
    <message>
        <source>Serve a team&apos;s questions over a large internal document collection.</source>
        <translation>Fragen eines Teams über eine große interne Dokumentsammlung beantworten.</translation>
    </message>
    <message>
        <source>Multi-agent workflows</source>
        <translation>Multi-Agenten-Workflows</translation>
    </message>
    <message>
        <source>Run a swarm of cooperating agents on one large local model at the same time.</source>
        <translation>Einen Schwarm kooperierender Agenten gleichzeitig auf einem großen lokalen Modell betreiben.</translation>
    </message>
    <message>
        <source>Fine-tuning (LoRA / QLoRA)</source>
        <translation>Fine-Tuning (LoRA / QLoRA)</translation>
    </message>
    <message>
        <source>Adapt a model to your data with parameter-efficient fine-tuning.</source>
        <translation>Ein Modell mit parametereffizientem Fine-Tuning an Ihre Daten anpassen.</translation>
    </message>
    <message>
        <source>Students and casual coders</source>
        <translation>Studierende und Hobby-Coder</translation>
    </message>
    <message>
        <source>Students, first-time local-AI users, budget-constrained developers</source>
        <translation>Studierende, Einsteiger in lokale KI, Entwickler mit knappem Budget</translation>
    </message>
    <message>
        <source>Most professional developers</source>
        <translation>Die meisten Profi-Entwickler</translation>
    </message>
    <message>
        <source>Software engineers, founders building agent pipelines, privacy-minded developers</source>
        <translation>Softwareentwickler, Gründer mit Agenten-Pipelines, datenschutzbewusste Entwickler</translation>
    </message>
    <message>
        <source>Senior engineers and power users</source>
        <translation>Senior-Entwickler und Power-User</translation>
    </message>
    <message>
        <source>Engineers whose problems show reasoning gaps at 32B</source>
        <translation>Entwickler, deren Probleme bei 32B Lücken im Schlussfolgern zeigen</translation>
    </message>
    <message>
        <source>Researchers and AI orchestrators</source>
        <translation>Forschende und KI-Orchestratoren</translation>
    </message>
    <message>
        <source>Researchers running 120B+ models, large agent swarms, fine-tuning, concurrent multimodal pipelines</source>
        <translation>Forschende mit Modellen ab 120B, große Agentenschwärme, Fine-Tuning, parallele multimodale Pipelines</translation>
    </message>
    <message>
        <source>Frontier open model at home</source>
        <translation>Offenes Spitzenmodell zu Hause</translation>
    </message>
    <message>
        <source>Run a trillion-parameter open model such as Kimi K2.6 for agents and coding, with nothing sent to a cloud.</source>
        <translation>Ein offenes Modell mit einer Billion Parametern wie Kimi K2.6 für Agenten und Programmierung betreiben, ohne dass etwas in eine Cloud geht.</translation>
    </message>
    <message>
        <source>Video generation beside an LLM</source>
        <translation>Videogenerierung neben einem LLM</translation>
    </message>
    <message>
        <source>Generate short video clips with a local diffusion model while a large language model runs at the same time.</source>
        <translation>Kurze Videoclips mit einem lokalen Diffusionsmodell erzeugen, während gleichzeitig ein großes Sprachmodell läuft.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: localrig [command] [options]</source>
        <translation>Aufruf: localrig [Befehl] [Optionen]</translation>
    </message>
    <message>
        <source>Without a command, LocalRig opens its window. Commands print and exit; add --json for machine-readable output and --help for a command&apos;s options.</source>
        <translation>Ohne Befehl öffnet LocalRig sein Fenster. Befehle geben etwas aus und beenden sich; --json liefert maschinenlesbare Ausgabe, --help die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>--lang CODE shows LocalRig in another language (%1); without it, LocalRig follows Preferences, then the system.</source>
        <translation>--lang CODE zeigt LocalRig in einer anderen Sprache (%1); ohne die Option folgt LocalRig den Einstellungen, dann dem System.</translation>
    </message>
    <message>
        <source>localrig: unknown command &apos;%1&apos; (try localrig --help)</source>
        <translation>localrig: unbekannter Befehl &apos;%1&apos; (siehe localrig --help)</translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <source>Memory fit</source>
        <translation>Speicherbelegung</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Decode-Tempo</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Kosten über die Zeit</translation>
    </message>
    <message>
        <source>Price against speed</source>
        <translation>Preis gegen Tempo</translation>
    </message>
</context>
<context>
    <name>DecodeSpeedChart</name>
    <message>
        <source>Decode speed</source>
        <translation>Decode-Tempo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1: won&apos;t fit</source>
        <translation>%1: passt nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Decode speed (tokens/s)</source>
        <translation>Decode-Tempo (Token/s)</translation>
    </message>
    <message>
        <source>Band (low–high)</source>
        <translation>Spanne (niedrig–hoch)</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Lesetempo</translation>
    </message>
    <message>
        <source>reading speed ≈ %1</source>
        <translation>Lesetempo ≈ %1</translation>
    </message>
    <message>
        <source>Comfortable reading speed: about %1 (238 words/min)</source>
        <translation>Angenehmes Lesetempo: etwa %1 (238 Wörter/min)</translation>
    </message>
    <message>
        <source>Minimum for Good</source>
        <translation>Minimum für „Gut“</translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation>Minimum %1</translation>
    </message>
    <message>
        <source>Under %1 a machine is Slow: a session feels stalled as its context fills</source>
        <translation>Unter %1 ist ein Rechner „Langsam“: Eine Sitzung wirkt stockend, während sich ihr Kontext füllt</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Dieser Computer (%1)</translation>
    </message>
    <message>
        <source>  System     %1</source>
        <translation>  System     %1</translation>
    </message>
    <message>
        <source>  CPU        %1 (%2 cores, %3 threads)</source>
        <translation>  CPU        %1 (%2 Kerne, %3 Threads)</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>  Memory     %1 GiB reported</source>
        <translation>  Speicher   %1 GiB gemeldet</translation>
    </message>
    <message>
        <source>%1 GPU %2:%3</source>
        <translation>%1-GPU %2:%3</translation>
    </message>
    <message>
        <source>  GPU        %1, %2 GiB VRAM (%3)</source>
        <translation>  GPU        %1, %2 GiB VRAM (%3)</translation>
    </message>
    <message>
        <source>  GPU        %1 (%2)</source>
        <translation>  GPU        %1 (%2)</translation>
    </message>
    <message>
        <source>  Note       %1</source>
        <translation>  Hinweis    %1</translation>
    </message>
    <message>
        <source>As a machine: %1</source>
        <translation>Als Rechner: %1</translation>
    </message>
    <message>
        <source>  Memory     %1 GB unified (the GPU may use %2 GB), backend %3</source>
        <translation>  Speicher   %1 GB gemeinsam (GPU darf %2 GB nutzen), Backend %3</translation>
    </message>
    <message>
        <source>  Memory     %1 GB unified, backend %2</source>
        <translation>  Speicher   %1 GB gemeinsam, Backend %2</translation>
    </message>
    <message>
        <source>  Memory     %1 GB VRAM + %2 GB system RAM, backend %3</source>
        <translation>  Speicher   %1 GB VRAM + %2 GB System-RAM, Backend %3</translation>
    </message>
    <message>
        <source>  Memory     %1 GB system RAM, CPU only</source>
        <translation>  Speicher   %1 GB System-RAM, nur CPU</translation>
    </message>
    <message>
        <source>  Bandwidth  %1 GB/s</source>
        <translation>  Bandbreite %1 GB/s</translation>
    </message>
    <message>
        <source>  Bandwidth  unknown: no catalog machine has this chip</source>
        <translation>  Bandbreite unbekannt: kein Katalogrechner hat diesen Chip</translation>
    </message>
    <message>
        <source>Same chip in the catalog: %1 (%2)</source>
        <translation>Gleicher Chip im Katalog: %1 (%2)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>From the catalog: %1</source>
        <translation>Aus dem Katalog: %1</translation>
    </message>
    <message>
        <source>You need to enter: %1</source>
        <translation>Von Ihnen einzugeben: %1</translation>
    </message>
    <message>
        <source>What this computer is, as a machine LocalRig can size models for.</source>
        <translation>Erkennt diesen Computer als Rechner, für den LocalRig Modelle bemessen kann.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Read proc/ and sys/ under DIR instead of / (a copy taken from another machine); nvidia-smi is not run.</source>
        <translation>proc/ und sys/ unter DIR statt unter / lesen (eine Kopie von einem anderen Rechner); nvidia-smi wird nicht ausgeführt.</translation>
    </message>
    <message>
        <source>localrig detect: %1</source>
        <translation>localrig detect: %1</translation>
    </message>
    <message>
        <source>localrig detect: unexpected argument &apos;%1&apos;</source>
        <translation>localrig detect: unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>localrig detect: without the catalog, bandwidth stays unknown (%1)</source>
        <translation>localrig detect: ohne den Katalog bleibt die Bandbreite unbekannt (%1)</translation>
    </message>
    <message>
        <source>  Measured   %1 GB/s memory read (best of %2 passes, median %3 GB/s, %4 threads, %5)</source>
        <translation>  Gemessen   %1 GB/s Speicherlesen (bester von %2 Durchläufen, Median %3 GB/s, %4 Threads, %5)</translation>
    </message>
    <message>
        <source>Also measure this computer&apos;s memory read bandwidth (about 2 seconds).</source>
        <translation>Zusätzlich die Speicher-Lesebandbreite dieses Computers messen (etwa 2 Sekunden).</translation>
    </message>
    <message>
        <source>Size of the buffer the measurement reads, in MiB (default 1024).</source>
        <translation>Größe des Puffers, den die Messung liest, in MiB (Standard 1024).</translation>
    </message>
    <message>
        <source>localrig detect: --measure-mib must be a whole number from 1 to %1</source>
        <translation>localrig detect: --measure-mib muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>localrig detect: --measure: %1</source>
        <translation>localrig detect: --measure: %1</translation>
    </message>
    <message>
        <source>Also grade this computer for every workload as the Plan page would (with --measure, at the measured bandwidth), and name the smallest upgrade for each one it does not do well.</source>
        <translation>Diesen Computer außerdem für jede Aufgabe so bewerten wie die Seite Planen (mit --measure bei der gemessenen Bandbreite) und für jede Aufgabe, die er nicht gut ausführt, das kleinste Upgrade nennen.</translation>
    </message>
    <message>
        <source>localrig detect: --grades needs this computer&apos;s memory bandwidth: add --measure</source>
        <translation>localrig detect: --grades braucht die Speicherbandbreite dieses Computers: --measure hinzufügen</translation>
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
        <translation>Was hier läuft (bewertet wie auf der Seite Planen, eine Aufgabe nach der anderen):</translation>
    </message>
    <message>
        <source>  %1  %2  %3</source>
        <translation>  %1  %2  %3</translation>
    </message>
    <message>
        <source>; smallest upgrade: %1 (%2)</source>
        <translation>; kleinstes Upgrade: %1 (%2)</translation>
    </message>
    <message>
        <source>; no priced machine in the catalog does it</source>
        <translation>; kein Rechner mit Preis im Katalog schafft das</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>&apos;general.architecture&apos; is missing or not a string</source>
        <translation>&apos;general.architecture&apos; fehlt oder ist kein String</translation>
    </message>
    <message>
        <source>/proc/meminfo has no MemTotal line</source>
        <translation>/proc/meminfo hat keine Zeile MemTotal</translation>
    </message>
    <message>
        <source>GGUF version 1 is obsolete and not supported (versions 2 and 3 are)</source>
        <translation>GGUF-Version 1 ist veraltet und wird nicht unterstützt (Versionen 2 und 3 schon)</translation>
    </message>
    <message>
        <source>LoRA targets: none of q, k, v, o, gate, up, down</source>
        <translation>LoRA-Ziele: keines von q, k, v, o, gate, up, down</translation>
    </message>
    <message>
        <source>no feasible decode fit (a row is faster than its overheads allow)</source>
        <translation>keine zulässige Decode-Anpassung (eine Zeile ist schneller, als ihr Overhead erlaubt)</translation>
    </message>
    <message>
        <source>a discrete GPU needs its VRAM size</source>
        <translation>eine dedizierte GPU braucht ihre VRAM-Größe</translation>
    </message>
    <message>
        <source>a file size must be 1 byte to 100 TB</source>
        <translation>eine Dateigröße muss zwischen 1 Byte und 100 TB liegen</translation>
    </message>
    <message>
        <source>a file size needs a model id and a quantization id</source>
        <translation>eine Dateigröße braucht eine Modell-ID und eine Quantisierungs-ID</translation>
    </message>
    <message>
        <source>a model needs a name of 1 to 80 characters</source>
        <translation>ein Modell braucht einen Namen mit 1 bis 80 Zeichen</translation>
    </message>
    <message>
        <source>a model needs an id and a name</source>
        <translation>ein Modell braucht eine ID und einen Namen</translation>
    </message>
    <message>
        <source>a platform needs an id and a name</source>
        <translation>eine Plattform braucht eine ID und einen Namen</translation>
    </message>
    <message>
        <source>a price needs a platform id and a date</source>
        <translation>ein Preis braucht eine Plattform-ID und ein Datum</translation>
    </message>
    <message>
        <source>a price override needs a platform and 0 to 10,000,000 USD</source>
        <translation>ein eigener Preis braucht eine Plattform und 0 bis 10.000.000 USD</translation>
    </message>
    <message>
        <source>a saved scenario needs a name</source>
        <translation>ein gespeichertes Szenario braucht einen Namen</translation>
    </message>
    <message>
        <source>a unified or system-memory platform needs its memory size</source>
        <translation>eine Plattform mit gemeinsamem Speicher oder Systemspeicher braucht ihre Speichergröße</translation>
    </message>
    <message>
        <source>a workload needs 1 to 2^30 tokens and 1 to 10,000 sessions</source>
        <translation>eine Aufgabe braucht 1 bis 2^30 Token und 1 bis 10.000 Sitzungen</translation>
    </message>
    <message>
        <source>a workload needs a slug, a name, a model and a quantization</source>
        <translation>eine Aufgabe braucht einen Slug, einen Namen, ein Modell und eine Quantisierung</translation>
    </message>
    <message>
        <source>active parameters exceed total parameters</source>
        <translation>die aktiven Parameter übersteigen die Gesamtparameter</translation>
    </message>
    <message>
        <source>adapter precision: adapters train in fp32 or bf16</source>
        <translation>Adapter-Genauigkeit: Adapter werden in fp32 oder bf16 trainiert</translation>
    </message>
    <message>
        <source>bandwidth probe: cannot allocate the buffer</source>
        <translation>Bandbreitenmessung: der Puffer kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>bandwidth probe: cannot start its threads</source>
        <translation>Bandbreitenmessung: ihre Threads können nicht gestartet werden</translation>
    </message>
    <message>
        <source>bandwidth probe: the buffer read back wrong</source>
        <translation>Bandbreitenmessung: der Puffer wurde falsch zurückgelesen</translation>
    </message>
    <message>
        <source>base precision: NF4 goes with QLoRA and only with QLoRA</source>
        <translation>Basis-Genauigkeit: NF4 gehört zu QLoRA und nur zu QLoRA</translation>
    </message>
    <message>
        <source>big-endian GGUF files are not supported</source>
        <translation>Big-Endian-GGUF-Dateien werden nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot determine the size of the GGUF input (stream is not seekable)</source>
        <translation>die Größe der GGUF-Eingabe lässt sich nicht bestimmen (der Stream ist nicht positionierbar)</translation>
    </message>
    <message>
        <source>choose at least one workload</source>
        <translation>wählen Sie mindestens eine Aufgabe</translation>
    </message>
    <message>
        <source>config.json: hidden_size is smaller than num_attention_heads</source>
        <translation>config.json: hidden_size ist kleiner als num_attention_heads</translation>
    </message>
    <message>
        <source>config.json: kv_lora_rank (MLA) needs qk_rope_head_dim</source>
        <translation>config.json: kv_lora_rank (MLA) erfordert qk_rope_head_dim</translation>
    </message>
    <message>
        <source>config.json: the top level must be an object</source>
        <translation>config.json: die oberste Ebene muss ein Objekt sein</translation>
    </message>
    <message>
        <source>hardware FLOPS: columns &apos;hardware&apos; and &apos;fp16_tflops&apos; needed</source>
        <translation>Hardware-FLOPS: Spalten &apos;hardware&apos; und &apos;fp16_tflops&apos; erforderlich</translation>
    </message>
    <message>
        <source>is required but empty</source>
        <translation>ist erforderlich, aber leer</translation>
    </message>
    <message>
        <source>leave-one-hardware-out needs rows from two or more hardware</source>
        <translation>Leave-one-hardware-out braucht Zeilen von mindestens zwei Hardware-Typen</translation>
    </message>
    <message>
        <source>line 1: the file has no header line</source>
        <translation>Zeile 1: die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>model has no attention layers to size a KV cache from</source>
        <translation>das Modell hat keine Attention-Schichten, nach denen sich ein KV-Cache bemessen ließe</translation>
    </message>
    <message>
        <source>no decode rows to fit (rows need tg, bandwidth and file size)</source>
        <translation>keine Decode-Zeilen zum Anpassen (Zeilen brauchen tg, Bandbreite und Dateigröße)</translation>
    </message>
    <message>
        <source>no workload or model chosen</source>
        <translation>keine Aufgabe und kein Modell gewählt</translation>
    </message>
    <message>
        <source>price (USD) must be 0 to 10,000,000</source>
        <translation>Preis (USD) muss zwischen 0 und 10.000.000 liegen</translation>
    </message>
    <message>
        <source>safetensors index: metadata.total_size must be a positive number of bytes</source>
        <translation>safetensors-Index: metadata.total_size muss eine positive Anzahl Byte sein</translation>
    </message>
    <message>
        <source>sysctl printed fewer than two values (hw.memsize, brand string)</source>
        <translation>sysctl hat weniger als zwei Werte ausgegeben (hw.memsize, Brand-String)</translation>
    </message>
    <message>
        <source>tensor byte size overflows 64 bits</source>
        <translation>die Bytegröße eines Tensors überschreitet 64 Bit</translation>
    </message>
    <message>
        <source>the catalog text has problems</source>
        <translation>der Katalogtext enthält Fehler</translation>
    </message>
    <message>
        <source>the database has no schema version</source>
        <translation>die Datenbank hat keine Schemaversion</translation>
    </message>
    <message>
        <source>the file size and the workload must name the model being saved</source>
        <translation>Dateigröße und Aufgabe müssen das zu speichernde Modell nennen</translation>
    </message>
    <message>
        <source>total parameters do not exceed the embedding matrices</source>
        <translation>die Gesamtparameter sind nicht größer als die Embedding-Matrizen</translation>
    </message>
    <message>
        <source>unknown field kind</source>
        <translation>unbekannte Feldart</translation>
    </message>
    <message>
        <source>API spend per month (USD)</source>
        <translation>API-Ausgaben pro Monat (USD)</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16-TFLOPS</translation>
    </message>
    <message>
        <source>GPU memory limit (GB)</source>
        <translation>GPU-Speichergrenze (GB)</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV-Köpfe</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA-Rang</translation>
    </message>
    <message>
        <source>MFU (high)</source>
        <translation>MFU (hoch)</translation>
    </message>
    <message>
        <source>MFU (low)</source>
        <translation>MFU (niedrig)</translation>
    </message>
    <message>
        <source>MFU (typical)</source>
        <translation>MFU (typisch)</translation>
    </message>
    <message>
        <source>VRAM (GB)</source>
        <translation>VRAM (GB)</translation>
    </message>
    <message>
        <source>active experts</source>
        <translation>aktive Experten</translation>
    </message>
    <message>
        <source>active parameters</source>
        <translation>aktive Parameter</translation>
    </message>
    <message>
        <source>attention heads</source>
        <translation>Attention-Köpfe</translation>
    </message>
    <message>
        <source>bits per weight</source>
        <translation>Bits pro Gewicht</translation>
    </message>
    <message>
        <source>break-even horizon (months)</source>
        <translation>Amortisationshorizont (Monate)</translation>
    </message>
    <message>
        <source>budget (USD)</source>
        <translation>Budget (USD)</translation>
    </message>
    <message>
        <source>buffer bytes</source>
        <translation>Puffergröße (Byte)</translation>
    </message>
    <message>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>dataset tokens</source>
        <translation>Token im Datensatz</translation>
    </message>
    <message>
        <source>electricity price (USD/kWh)</source>
        <translation>Strompreis (USD/kWh)</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>file size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>first-token time for Great (s)</source>
        <translation>Zeit bis zum ersten Token für „Sehr gut“ (s)</translation>
    </message>
    <message>
        <source>first-token time for Slow (s)</source>
        <translation>Zeit bis zum ersten Token für „Langsam“ (s)</translation>
    </message>
    <message>
        <source>fixed state bytes</source>
        <translation>fester Zustand (Byte)</translation>
    </message>
    <message>
        <source>framework overhead</source>
        <translation>Framework-Overhead</translation>
    </message>
    <message>
        <source>hardware price (USD)</source>
        <translation>Hardwarepreis (USD)</translation>
    </message>
    <message>
        <source>head dim</source>
        <translation>Kopfdimension</translation>
    </message>
    <message>
        <source>head dimension</source>
        <translation>Kopfdimension</translation>
    </message>
    <message>
        <source>headroom</source>
        <translation>Reservegrenze</translation>
    </message>
    <message>
        <source>hidden size</source>
        <translation>Hidden Size</translation>
    </message>
    <message>
        <source>hours per day</source>
        <translation>Stunden pro Tag</translation>
    </message>
    <message>
        <source>idle power (W)</source>
        <translation>Leistungsaufnahme im Leerlauf (W)</translation>
    </message>
    <message>
        <source>intermediate size</source>
        <translation>Intermediate Size</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>load power (W)</source>
        <translation>Leistungsaufnahme unter Last (W)</translation>
    </message>
    <message>
        <source>maximum passes</source>
        <translation>maximale Durchläufe</translation>
    </message>
    <message>
        <source>memory (GB)</source>
        <translation>Speicher (GB)</translation>
    </message>
    <message>
        <source>memory bandwidth (GB/s)</source>
        <translation>Speicherbandbreite (GB/s)</translation>
    </message>
    <message>
        <source>micro-batch</source>
        <translation>Micro-Batch</translation>
    </message>
    <message>
        <source>minimum passes</source>
        <translation>minimale Durchläufe</translation>
    </message>
    <message>
        <source>minimum tokens/s</source>
        <translation>Mindest-Token/s</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>multiple of reading speed</source>
        <translation>Vielfaches des Lesetempos</translation>
    </message>
    <message>
        <source>native context</source>
        <translation>nativer Kontext</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>peak FLOP/s</source>
        <translation>Spitzen-FLOP/s</translation>
    </message>
    <message>
        <source>price (USD)</source>
        <translation>Preis (USD)</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>Prompt-Token</translation>
    </message>
    <message>
        <source>reading speed (tokens/s)</source>
        <translation>Lesetempo (Token/s)</translation>
    </message>
    <message>
        <source>resale fraction</source>
        <translation>Wiederverkaufsanteil</translation>
    </message>
    <message>
        <source>routed experts</source>
        <translation>geroutete Experten</translation>
    </message>
    <message>
        <source>sequence length</source>
        <translation>Sequenzlänge</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>sliding window</source>
        <translation>Sliding Window</translation>
    </message>
    <message>
        <source>system bandwidth (GB/s)</source>
        <translation>Systembandbreite (GB/s)</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>total parameters</source>
        <translation>Gesamtparameter</translation>
    </message>
    <message>
        <source>vocabulary size</source>
        <translation>Vokabulargröße</translation>
    </message>
    <message>
        <source>no machine named &apos;%1&apos;</source>
        <translation>kein Rechner namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no model named &apos;%1&apos;</source>
        <translation>kein Modell namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no quantization named &apos;%1&apos;</source>
        <translation>keine Quantisierung namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no workload named &apos;%1&apos;</source>
        <translation>keine Aufgabe namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is %2; expected %3 to %4</source>
        <translation>%1 ist %2; erwartet %3 bis %4</translation>
    </message>
    <message>
        <source>%1 is %2; expected a value above zero</source>
        <translation>%1 ist %2; erwartet wird ein Wert über null</translation>
    </message>
    <message>
        <source>%1 is %2; expected at most %3</source>
        <translation>%1 ist %2; erwartet höchstens %3</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>unknown workload &apos;%1&apos;; known: %2</source>
        <translation>unbekannte Aufgabe &apos;%1&apos;; bekannt: %2</translation>
    </message>
    <message>
        <source>%1 does not fit on %2, so it has no speed there</source>
        <translation>%1 passt nicht auf %2 und hat dort daher kein Tempo</translation>
    </message>
    <message>
        <source>%1 (closest: %2)</source>
        <translation>%1 (nächstliegend: %2)</translation>
    </message>
    <message>
        <source>the shipped catalog is missing: %1 (rebuild, or set LOCALRIG_CATALOG)</source>
        <translation>der mitgelieferte Katalog fehlt: %1 (neu bauen oder LOCALRIG_CATALOG setzen)</translation>
    </message>
    <message>
        <source>a cluster pools two to four machines</source>
        <translation>ein Verbund fasst zwei bis vier Rechner zusammen</translation>
    </message>
    <message>
        <source>a multi-GPU build needs at least two cards</source>
        <translation>ein Mehr-GPU-System braucht mindestens zwei Karten</translation>
    </message>
</context>
<context>
    <name>EstimateCommand</name>
    <message>
        <source>Memory, fit and speed of one model on one machine.</source>
        <translation>Speicher, Eignung und Tempo eines Modells auf einem Rechner.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>localrig estimate: %1</source>
        <translation>localrig estimate: %1</translation>
    </message>
    <message>
        <source>localrig estimate: unexpected argument &apos;%1&apos;</source>
        <translation>localrig estimate: unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>  Weights   %1</source>
        <translation>  Gewichte  %1</translation>
    </message>
    <message>
        <source>  KV cache  %1</source>
        <translation>  KV-Cache  %1</translation>
    </message>
    <message>
        <source>  Overhead  %1</source>
        <translation>  Overhead  %1</translation>
    </message>
    <message>
        <source>  Total     %1   comfortable up to %2 of %3</source>
        <translation>  Gesamt    %1   komfortabel bis %2 von %3</translation>
    </message>
    <message>
        <source>Fit         %1</source>
        <translation>Eignung     %1</translation>
    </message>
    <message>
        <source>Decode      %1 tokens/s (%2 to %3)</source>
        <translation>Decode      %1 Token/s (%2 bis %3)</translation>
    </message>
    <message numerus="yes">
        <source>Prefill     %1 tokens/s; first token after %2 s for %Ln prompt tokens</source>
        <translation>
            <numerusform>Prefill     %1 Token/s; erstes Token nach %2 s bei %Ln Prompt-Token</numerusform>
            <numerusform>Prefill     %1 Token/s; erstes Token nach %2 s bei %Ln Prompt-Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Decode      none: the model does not fit</source>
        <translation>Decode      keins: das Modell passt nicht</translation>
    </message>
    <message>
        <source>Measured    at context %1 on %2%3: %4</source>
        <translation>Gemessen    bei Kontext %1 mit %2%3: %4</translation>
    </message>
    <message>
        <source>; measured %1 tokens/s (%2, %3)</source>
        <translation>; gemessen %1 Token/s (%2, %3)</translation>
    </message>
    <message>
        <source>; measured %1 tokens/s on %2 (%3, %4)</source>
        <translation>; gemessen %1 Token/s mit %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>, prefill %1 tokens/s (%Ln-token prompt)</source>
        <translation>
            <numerusform>, Prefill %1 Token/s (Prompt mit %Ln Token)</numerusform>
            <numerusform>, Prefill %1 Token/s (Prompt mit %Ln Token)</numerusform>
        </translation>
    </message>
    <message>
        <source>, prefill %1 tokens/s</source>
        <translation>, Prefill %1 Token/s</translation>
    </message>
    <message>
        <source>localrig estimate: name a catalog model and machine (--model NAME --machine NAME [--quant NAME]) or give raw figures (--params B --bpw X --layers N --kv-heads N --head-dim N --memory-gb X --bandwidth GBps); see --help</source>
        <translation>localrig estimate: Nennen Sie ein Katalogmodell und einen Rechner (--model NAME --machine NAME [--quant NAME]) oder geben Sie Rohwerte an (--params B --bpw X --layers N --kv-heads N --head-dim N --memory-gb X --bandwidth GBps); siehe --help</translation>
    </message>
    <message>
        <source>Memory (GB = 2³⁰ bytes, as RAM is sold)</source>
        <translation>Speicher (GB = 2³⁰ Byte, wie RAM verkauft wird)</translation>
    </message>
</context>
<context>
    <name>EstimateRequest</name>
    <message>
        <source>Parallel sessions or agents, each with its own KV cache (default 1).</source>
        <translation>Parallele Sitzungen oder Agenten, jeweils mit eigenem KV-Cache (Standard 1).</translation>
    </message>
    <message>
        <source>KV cache element type: f16, q8_0 or q4_0 (default f16).</source>
        <translation>Elementtyp des KV-Cache: f16, q8_0 oder q4_0 (Standard f16).</translation>
    </message>
    <message>
        <source>Comfortable share of RAM for the model, 0.5-0.95 (default 0.75).</source>
        <translation>Komfortabler RAM-Anteil für das Modell, 0.5-0.95 (Standard 0.75).</translation>
    </message>
    <message>
        <source>Prompt length for the time to first token (default 4096).</source>
        <translation>Prompt-Länge für die Zeit bis zum ersten Token (Standard 4096).</translation>
    </message>
    <message>
        <source>Total parameters in billions (sets memory).</source>
        <translation>Gesamtparameter in Milliarden (bestimmt den Speicher).</translation>
    </message>
    <message>
        <source>Active parameters per token in billions (MoE; sets speed).</source>
        <translation>Aktive Parameter pro Token in Milliarden (MoE; bestimmt das Tempo).</translation>
    </message>
    <message>
        <source>Effective bits per weight of the quantization (Q4_K_M is about 4.85).</source>
        <translation>Effektive Bits pro Gewicht der Quantisierung (Q4_K_M etwa 4.85).</translation>
    </message>
    <message>
        <source>Known model file size in decimal GB (wins over --bpw).</source>
        <translation>Bekannte Größe der Modelldatei in dezimalen GB (hat Vorrang vor --bpw).</translation>
    </message>
    <message>
        <source>Transformer layers.</source>
        <translation>Transformer-Schichten.</translation>
    </message>
    <message>
        <source>Key/value heads per layer (GQA).</source>
        <translation>Key/Value-Köpfe pro Schicht (GQA).</translation>
    </message>
    <message>
        <source>Dimension of one attention head.</source>
        <translation>Dimension eines Attention-Kopfs.</translation>
    </message>
    <message>
        <source>Query heads (sizes the compute buffer).</source>
        <translation>Query-Köpfe (bemessen den Compute-Puffer).</translation>
    </message>
    <message>
        <source>Layers whose cache grows with context (hybrid or sliding).</source>
        <translation>Schichten, deren Cache mit dem Kontext wächst (hybrid oder Sliding Window).</translation>
    </message>
    <message>
        <source>Window of the other layers (sliding-window models).</source>
        <translation>Fenster der übrigen Schichten (Sliding-Window-Modelle).</translation>
    </message>
    <message>
        <source>Fixed state per session of linear-attention layers.</source>
        <translation>Fester Zustand pro Sitzung der Linear-Attention-Schichten.</translation>
    </message>
    <message>
        <source>MLA latent rank (DeepSeek-V3/R1: 512).</source>
        <translation>MLA-Latent-Rang (DeepSeek-V3/R1: 512).</translation>
    </message>
    <message>
        <source>MLA rotary dimension (DeepSeek-V3/R1: 64).</source>
        <translation>MLA-Rotary-Dimension (DeepSeek-V3/R1: 64).</translation>
    </message>
    <message>
        <source>Unified or system RAM as marketed (binary GB).</source>
        <translation>Gemeinsamer oder System-RAM laut Hersteller (binäre GB).</translation>
    </message>
    <message>
        <source>VRAM of a discrete GPU (binary GB).</source>
        <translation>VRAM einer dedizierten GPU (binäre GB).</translation>
    </message>
    <message>
        <source>unified, discrete or system (default unified).</source>
        <translation>unified, discrete oder system (Standard unified).</translation>
    </message>
    <message>
        <source>System RAM bandwidth for offloaded weights (default 50).</source>
        <translation>Bandbreite des System-RAM für ausgelagerte Gewichte (Standard 50).</translation>
    </message>
    <message>
        <source>Dense FP16 TFLOPS (for prefill).</source>
        <translation>Dichte FP16-TFLOPS (für Prefill).</translation>
    </message>
    <message>
        <source>metal, cuda, rocm, vulkan or cpu.</source>
        <translation>metal, cuda, rocm, vulkan oder cpu.</translation>
    </message>
    <message>
        <source>Dequantization kernel: float16, q8, kquant, legacy4, iquant, fp4.</source>
        <translation>Dequantisierungs-Kernel: float16, q8, kquant, legacy4, iquant, fp4.</translation>
    </message>
    <message>
        <source>A catalog model by name or id (see localrig catalog list models).</source>
        <translation>Ein Katalogmodell nach Name oder ID (siehe localrig catalog list models).</translation>
    </message>
    <message>
        <source>A catalog quantization, e.g. Q4_K_M (default Q4_K_M).</source>
        <translation>Eine Katalog-Quantisierung, z. B. Q4_K_M (Standard Q4_K_M).</translation>
    </message>
    <message>
        <source>Context length per session in tokens: 8192, 32K or 128K (default 8192).</source>
        <translation>Kontextlänge pro Sitzung in Token: 8192, 32K oder 128K (Standard 8192).</translation>
    </message>
    <message>
        <source>Memory bandwidth of the GPU or unified pool in GB/s (decimal).</source>
        <translation>Speicherbandbreite der GPU oder des gemeinsamen Speichers in GB/s (dezimal).</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export your own platforms, models and prices to a JSON or CSV file.</source>
        <translation>Eigene Plattformen, Modelle und Preise in eine JSON- oder CSV-Datei exportieren.</translation>
    </message>
    <message>
        <source>The .json or .csv file to write.</source>
        <translation>Die zu schreibende .json- oder .csv-Datei.</translation>
    </message>
    <message>
        <source>localrig export: %1</source>
        <translation>localrig export: %1</translation>
    </message>
    <message>
        <source>localrig export: expected one FILE (.json or .csv)</source>
        <translation>localrig export: genau ein Argument FILE (.json oder .csv) erwartet</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig: Warnung: %1</translation>
    </message>
    <message>
        <source>Exported %1 platform(s), %2 model(s) and %3 price(s) to %4</source>
        <translation>%1 Plattform(en), %2 Modell(e) und %3 Preis(e) nach %4 exportiert</translation>
    </message>
</context>
<context>
    <name>GenerationJson</name>
    <message>
        <source>video generation</source>
        <translation>Videogenerierung</translation>
    </message>
    <message>
        <source>image generation</source>
        <translation>Bildgenerierung</translation>
    </message>
</context>
<context>
    <name>GuidePageCorrections</name>
    <message>
        <source>Guide correction %1 of %2.</source>
        <translation>Ratgeber-Korrektur %1 von %2.</translation>
    </message>
    <message>
        <source>The guide says: “%1”.</source>
        <translation>Der Ratgeber sagt: „%1“.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>RTX 4070 Laptop 16GB</source>
        <translation>RTX 4070 Laptop 16GB</translation>
    </message>
    <message>
        <source>the RTX 4070 Laptop GPU has 8 GB of VRAM (128-bit, 256 GB/s); 16 GB can only be system RAM. The 16 GB laptop GPU is the RTX 4090 Laptop.</source>
        <translation>die RTX 4070 Laptop GPU hat 8 GB VRAM (128 Bit, 256 GB/s); 16 GB können nur System-RAM sein. Die Laptop-GPU mit 16 GB ist die RTX 4090 Laptop.</translation>
    </message>
    <message>
        <source>MacBook Air M4 16GB · $1,099</source>
        <translation>MacBook Air M4 16GB · $1.099</translation>
    </message>
    <message>
        <source>the M4 MacBook Air launched at $999; $1,099 is the M5 Air&apos;s launch price (March 2026), raised to $1,299 on 2026-06-25.</source>
        <translation>das M4 MacBook Air kam für $999 auf den Markt; $1.099 ist der Einführungspreis des M5 Air (März 2026), am 2026-06-25 auf $1.299 angehoben.</translation>
    </message>
    <message>
        <source>MacBook Pro M4 Pro 48GB · ~$2,000</source>
        <translation>MacBook Pro M4 Pro 48GB · ~$2.000</translation>
    </message>
    <message>
        <source>$1,999 was the 24 GB base model; the 48 GB configuration cost more (its price was not found), and the M4 Pro MacBook Pro was replaced by the M5 Pro in March 2026.</source>
        <translation>$1.999 kostete das Basismodell mit 24 GB; die Konfiguration mit 48 GB kostete mehr (ihr Preis wurde nicht gefunden), und das M4 Pro MacBook Pro wurde im März 2026 vom M5 Pro abgelöst.</translation>
    </message>
    <message>
        <source>Llama 4 Scout fits ~45GB at 4-bit</source>
        <translation>Llama 4 Scout passt mit 4 Bit in ~45GB</translation>
    </message>
    <message>
        <source>~43 GB is the 2-bit Q2_K file; 109B weights at 4 bits are at least 54.5 GB and the UD-Q4_K_XL file is 57.7 GiB, so 4-bit Scout needs a 96–128 GB machine.</source>
        <translation>~43 GB ist die 2-Bit-Datei Q2_K; 109B Gewichte mit 4 Bit sind mindestens 54,5 GB, und die Datei UD-Q4_K_XL hat 57,7 GiB, daher braucht Scout mit 4 Bit einen Rechner mit 96–128 GB.</translation>
    </message>
    <message>
        <source>Mistral Small 3.1 24B: ~18GB at 4-bit</source>
        <translation>Mistral Small 3.1 24B: ~18GB bei 4 Bit</translation>
    </message>
    <message>
        <source>Q4_K_M weights are ~14.6 GB (24e9 × 4.85 / 8) and ~14 GB runs it with an 8K context; ~17 GB is Q5_K_M.</source>
        <translation>Die Q4_K_M-Gewichte haben ~14,6 GB (24e9 × 4,85 / 8), und mit ~14 GB läuft es bei 8K Kontext; ~17 GB ist Q5_K_M.</translation>
    </message>
    <message>
        <source>a 48GB MacBook Pro … offers 330 GB/s bandwidth</source>
        <translation>ein 48GB MacBook Pro … bietet 330 GB/s Bandbreite</translation>
    </message>
    <message>
        <source>Apple specifies up to 307 GB/s for the M5 Pro; the M4 Pro has 273 GB/s.</source>
        <translation>Apple gibt für den M5 Pro bis zu 307 GB/s an; der M4 Pro hat 273 GB/s.</translation>
    </message>
    <message>
        <source>M4 Max (546 GB/s); M5 Max 64GB … 614 GB/s</source>
        <translation>M4 Max (546 GB/s); M5 Max 64GB … 614 GB/s</translation>
    </message>
    <message>
        <source>546 GB/s is only the 16-core-CPU / 40-core-GPU M4 Max (the binned M4 Max, e.g. the base Mac Studio, has 410 GB/s), and 614 GB/s only the 40-core-GPU M5 Max (~460 GB/s reported for the 32-core).</source>
        <translation>546 GB/s hat nur der M4 Max mit 16-Kern-CPU / 40-Kern-GPU (der abgespeckte M4 Max, z. B. im Basis-Mac-Studio, hat 410 GB/s), und 614 GB/s nur der M5 Max mit 40-Kern-GPU (~460 GB/s werden für die 32-Kern-Variante berichtet).</translation>
    </message>
    <message>
        <source>NVIDIA DGX Spark · ~$3,000</source>
        <translation>NVIDIA DGX Spark · ~$3.000</translation>
    </message>
    <message>
        <source>$3,000 was the CES 2025 &quot;Project DIGITS&quot; figure; the Founders Edition launched at $3,999 (2025-10-15) and ~$4,699 was reported in 2026. Partner GB10 systems such as the ASUS Ascent GX10 cost about $3,000.</source>
        <translation>$3.000 war die Angabe zu „Project DIGITS“ auf der CES 2025; die Founders Edition kam für $3.999 auf den Markt (2025-10-15), 2026 wurden ~$4.699 berichtet. GB10-Systeme von Partnern wie der ASUS Ascent GX10 kosten etwa $3.000.</translation>
    </message>
    <message>
        <source>Kimi K2.6 (~90GB?) for 96–128GB machines</source>
        <translation>Kimi K2.6 (~90GB?) für Rechner mit 96–128GB</translation>
    </message>
    <message>
        <source>Kimi K2.6 has about 1 trillion parameters; its native INT4 weights are ~594 GB (a 4-bit floor is 500 GB), so it fits no 128 GB machine.</source>
        <translation>Kimi K2.6 hat etwa 1 Billion Parameter; seine nativen INT4-Gewichte haben ~594 GB (die Untergrenze bei 4 Bit liegt bei 500 GB), daher passt es auf keinen Rechner mit 128 GB.</translation>
    </message>
</context>
<context>
    <name>GuidePageRenderer</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a month&apos;s name, %2 its year, e.g. &quot;June 2026&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the 2026 local-AI hardware guide</source>
        <translation>Ratgeber für lokale KI-Hardware 2026</translation>
    </message>
    <message>
        <source>No source recorded for this article.</source>
        <translation>Für diesen Artikel ist keine Quelle erfasst.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>independently confirmed</source>
        <translation>unabhängig bestätigt</translation>
    </message>
    <message>
        <source>from the guide only, not independently confirmed</source>
        <translation>nur aus dem Ratgeber, nicht unabhängig bestätigt</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import your platforms, models and prices from a JSON or CSV file.</source>
        <translation>Eigene Plattformen, Modelle und Preise aus einer JSON- oder CSV-Datei importieren.</translation>
    </message>
    <message>
        <source>A .json or .csv file written by localrig export.</source>
        <translation>Eine von localrig export geschriebene .json- oder .csv-Datei.</translation>
    </message>
    <message>
        <source>localrig import: %1</source>
        <translation>localrig import: %1</translation>
    </message>
    <message>
        <source>localrig import: expected one FILE (.json or .csv)</source>
        <translation>localrig import: genau ein Argument FILE (.json oder .csv) erwartet</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig: Warnung: %1</translation>
    </message>
    <message>
        <source>localrig import: there is no user database to import into</source>
        <translation>localrig import: es gibt keine Benutzerdatenbank, in die importiert werden kann</translation>
    </message>
    <message>
        <source>localrig import: nothing imported; fix these rows:</source>
        <translation>localrig import: nichts importiert; korrigieren Sie diese Zeilen:</translation>
    </message>
    <message>
        <source>Imported %1 platform(s), %2 model(s) and %3 price(s) into %4</source>
        <translation>%1 Plattform(en), %2 Modell(e) und %3 Preis(e) in %4 importiert</translation>
    </message>
    <message>
        <source>localrig import: nothing imported: %1</source>
        <translation>localrig import: nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>ImportModelCommand</name>
    <message>
        <source>Add a model to your catalog from a GGUF file or a Hugging Face config.json.</source>
        <translation>Ein Modell aus einer GGUF-Datei oder einer Hugging-Face-config.json zum Katalog hinzufügen.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>The model&apos;s name (default: the file&apos;s own).</source>
        <translation>Name des Modells (Standard: der Name aus der Datei).</translation>
    </message>
    <message>
        <source>The catalog quantization the file is in (default: its file type).</source>
        <translation>Katalog-Quantisierung der Datei (Standard: ihr Dateityp).</translation>
    </message>
    <message>
        <source>Context of the Plan workload that runs the model (default 8192).</source>
        <translation>Kontext der Plan-Aufgabe, die das Modell ausführt (Standard 8192).</translation>
    </message>
    <message>
        <source>Do not offer the model on the Plan page.</source>
        <translation>Das Modell nicht auf der Seite Planen anbieten.</translation>
    </message>
    <message>
        <source>A .gguf file, a config.json, or a folder holding one.</source>
        <translation>Eine .gguf-Datei, eine config.json oder ein Ordner mit einer davon.</translation>
    </message>
    <message>
        <source>localrig import-model: %1</source>
        <translation>localrig import-model: %1</translation>
    </message>
    <message>
        <source>localrig import-model: expected one FILE (.gguf, config.json or a folder)</source>
        <translation>localrig import-model: genau ein Argument FILE (.gguf, config.json oder Ordner) erwartet</translation>
    </message>
    <message>
        <source>localrig import-model: --context must be a number of tokens from 1 to 1073741824</source>
        <translation>localrig import-model: --context muss eine Tokenzahl von 1 bis 1073741824 sein</translation>
    </message>
    <message>
        <source>localrig import-model: %1: %2; nothing was saved</source>
        <translation>localrig import-model: %1: %2; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig: Warnung: %1</translation>
    </message>
    <message>
        <source>localrig import-model: there is no user database to save the model in</source>
        <translation>localrig import-model: es gibt keine Benutzerdatenbank, in der das Modell gespeichert werden kann</translation>
    </message>
    <message>
        <source>%1 (your model)</source>
        <translation>%1 (Ihr Modell)</translation>
    </message>
    <message>
        <source>Replaced %1 (%2)</source>
        <translation>%1 ersetzt (%2)</translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation>%1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>  Parameters  %1</source>
        <translation>  Parameter   %1</translation>
    </message>
    <message>
        <source>  Weights     %1 bytes at %2, exactly as in the file</source>
        <translation>  Gewichte    %1 Byte bei %2, genau wie in der Datei</translation>
    </message>
    <message>
        <source>  Weights     estimated from bits per weight: the file states no exact size or no quantization</source>
        <translation>  Gewichte    aus Bits pro Gewicht geschätzt: die Datei nennt keine genaue Größe oder keine Quantisierung</translation>
    </message>
    <message>
        <source>  Workload    &quot;%1&quot; on the Plan page, %2 tokens of context</source>
        <translation>  Aufgabe     „%1“ auf der Seite Planen, %2 Token Kontext</translation>
    </message>
    <message>
        <source>  Saved in    %1</source>
        <translation>  Speicherort %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>File          %1 (%2)</source>
        <translation>Datei         %1 (%2)</translation>
    </message>
    <message>
        <source>Architecture  %1</source>
        <translation>Architektur   %1</translation>
    </message>
    <message>
        <source>Name          %1</source>
        <translation>Name          %1</translation>
    </message>
    <message>
        <source>Parameters    %1 (%2)%3</source>
        <translation>Parameter     %1 (%2)%3</translation>
    </message>
    <message>
        <source>, estimated from the shapes</source>
        <translation>, aus den Tensorformen geschätzt</translation>
    </message>
    <message>
        <source>Active        %1 (%2) per token</source>
        <translation>Aktiv         %1 (%2) pro Token</translation>
    </message>
    <message>
        <source>%1 KV</source>
        <translation>%1 KV</translation>
    </message>
    <message>
        <source>KV %1 to %2 per layer</source>
        <translation>KV %1 bis %2 pro Schicht</translation>
    </message>
    <message>
        <source>Layers        %1</source>
        <translation>Schichten     %1</translation>
    </message>
    <message>
        <source>Heads         %1 query, %2</source>
        <translation>Köpfe         %1 Query, %2</translation>
    </message>
    <message>
        <source>Head dim      %1 (K) / %2 (V)</source>
        <translation>Kopfdim.      %1 (K) / %2 (V)</translation>
    </message>
    <message>
        <source>MLA           latent rank %1 + RoPE %2</source>
        <translation>MLA           Latent-Rang %1 + RoPE %2</translation>
    </message>
    <message>
        <source>Window        %1 tokens on %2 of %3 layers</source>
        <translation>Fenster       %1 Token auf %2 von %3 Schichten</translation>
    </message>
    <message>
        <source>Window        none</source>
        <translation>Fenster       keins</translation>
    </message>
    <message>
        <source>Experts       %1, %2 per token</source>
        <translation>Experten      %1, %2 pro Token</translation>
    </message>
    <message>
        <source>Experts       none</source>
        <translation>Experten      keine</translation>
    </message>
    <message>
        <source>Context       %1 tokens</source>
        <translation>Kontext       %1 Token</translation>
    </message>
    <message>
        <source>Weights       %1 bytes (%2 GB, %3 bits per weight)</source>
        <translation>Gewichte      %1 Byte (%2 GB, %3 Bits pro Gewicht)</translation>
    </message>
    <message>
        <source>File type     %1</source>
        <translation>Dateityp      %1</translation>
    </message>
    <message>
        <source>Quantization mix</source>
        <translation>Quantisierungsmix</translation>
    </message>
    <message>
        <source>  %1 %2 tensors %3 bytes %4 %</source>
        <translation>  %1 %2 Tensoren %3 Byte %4 %</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>What a GGUF file or Hugging Face config.json says about its model.</source>
        <translation>Was eine GGUF-Datei oder eine Hugging-Face-config.json über ihr Modell aussagt.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>A .gguf file, a config.json, or a folder holding one.</source>
        <translation>Eine .gguf-Datei, eine config.json oder ein Ordner mit einer davon.</translation>
    </message>
    <message>
        <source>localrig inspect: %1</source>
        <translation>localrig inspect: %1</translation>
    </message>
    <message>
        <source>localrig inspect: a model file is required (FILE.gguf or config.json)</source>
        <translation>localrig inspect: eine Modelldatei ist erforderlich (FILE.gguf oder config.json)</translation>
    </message>
    <message>
        <source>localrig inspect: expected one file, got %1</source>
        <translation>localrig inspect: eine Datei erwartet, %1 erhalten</translation>
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
        <translation>localrig: unbekannte Sprache &apos;%1&apos; für --lang (verfügbar: %2)</translation>
    </message>
    <message>
        <source>localrig: --lang needs a language code (available: %1)</source>
        <translation>localrig: --lang braucht einen Sprachcode (verfügbar: %1)</translation>
    </message>
</context>
<context>
    <name>MeasuredEvidence</name>
    <message>
        <source>mixture-of-experts models</source>
        <translation>Mixture-of-Experts-Modelle</translation>
    </message>
    <message>
        <source>dense models</source>
        <translation>dichte Modelle</translation>
    </message>
    <message>
        <source>%1 %2 on %3 at %4 of context decoded %5 where LocalRig estimates %6</source>
        <translation>%1 %2 auf %3 mit %4 Kontext dekodierte %5, wo LocalRig %6 schätzt</translation>
    </message>
    <message>
        <source>published runs slower</source>
        <translation>veröffentlichte Läufe langsamer</translation>
    </message>
    <message>
        <source>published runs faster</source>
        <translation>veröffentlichte Läufe schneller</translation>
    </message>
    <message numerus="yes">
        <source>Published runs of this machine decode %1 at about %2 % of LocalRig&apos;s estimate (%n run(s)): %3. Its speeds for such models are scaled to those runs; see Hardware, Measured on this machine.</source>
        <translation>
            <numerusform>Veröffentlichte Läufe dieses Rechners dekodieren %1 mit etwa %2 % der Schätzung von LocalRig (%n Lauf): %3. Seine Geschwindigkeiten für solche Modelle sind auf diese Läufe umgerechnet; siehe Hardware, Auf diesem Rechner gemessen.</numerusform>
            <numerusform>Veröffentlichte Läufe dieses Rechners dekodieren %1 mit etwa %2 % der Schätzung von LocalRig (%n Läufe): %3. Seine Geschwindigkeiten für solche Modelle sind auf diese Läufe umgerechnet; siehe Hardware, Auf diesem Rechner gemessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>MeasuredSpeedText</name>
    <message>
        <source>Measured: %1 tokens/s decode at %2 of context on %3.</source>
        <translation>Gemessen: %1 Token/s Decode bei %2 Kontext mit %3.</translation>
    </message>
    <message>
        <source>This machine usually runs %1; no %1 measurement is published.</source>
        <translation>Dieser Rechner läuft meist mit %1; es ist keine %1-Messung veröffentlicht.</translation>
    </message>
    <message>
        <source>Prefill: %1 tokens/s on a %2-token prompt.</source>
        <translation>Prefill: %1 Token/s bei einem Prompt mit %2 Token.</translation>
    </message>
    <message>
        <source>Prefill: %1 tokens/s.</source>
        <translation>Prefill: %1 Token/s.</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Quelle: %1, %2</translation>
    </message>
    <message>
        <source>LocalRig&apos;s estimate: %1</source>
        <translation>Schätzung von LocalRig: %1</translation>
    </message>
    <message>
        <source>%1 tokens/s measured</source>
        <translation>%1 Token/s gemessen</translation>
    </message>
    <message>
        <source>%1 tokens/s measured (%2)</source>
        <translation>%1 Token/s gemessen (%2)</translation>
    </message>
    <message>
        <source>%1 measured</source>
        <translation>%1 gemessen</translation>
    </message>
    <message>
        <source>%1 measured (%2)</source>
        <translation>%1 gemessen (%2)</translation>
    </message>
</context>
<context>
    <name>MemoryFitChart</name>
    <message>
        <source>Memory fit: %1</source>
        <translation>Speicherbelegung: %1</translation>
    </message>
    <message>
        <source>Memory fit: the largest model on each machine</source>
        <translation>Speicherbelegung: das größte Modell auf jedem Rechner</translation>
    </message>
    <message>
        <source>%1 · %2 — %3: %4 of %5</source>
        <translation>%1 · %2 — %3: %4 von %5</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Memory (GB = 2³⁰ bytes)</source>
        <translation>Speicher (GB = 2³⁰ Byte)</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1: %2 of VRAM</source>
        <translation>%1: %2 VRAM</translation>
    </message>
    <message>
        <source>%1: %2 of memory</source>
        <translation>%1: %2 Speicher</translation>
    </message>
    <message>
        <source>Headroom %1 %</source>
        <translation>Reservegrenze %1 %</translation>
    </message>
    <message>
        <source>comfortable ≤ %1</source>
        <translation>komfortabel ≤ %1</translation>
    </message>
    <message>
        <source>%1: comfortable up to %2 (VRAM less a 1 GB margin)</source>
        <translation>%1: komfortabel bis %2 (VRAM abzüglich 1 GB Reserve)</translation>
    </message>
    <message>
        <source>%1: comfortable up to %2 (%3 % of memory, or what the GPU may use)</source>
        <translation>%1: komfortabel bis %2 (%3 % des Speichers oder was die GPU nutzen darf)</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <translation>↑ %1</translation>
    </message>
    <message>
        <source>%1: %2 of memory, comfortable up to %3; above this chart&apos;s range</source>
        <translation>%1: %2 Speicher, komfortabel bis %3; über dem Bereich dieses Diagramms</translation>
    </message>
</context>
<context>
    <name>ModelFileFacts</name>
    <message>
        <source>%1 B (%2)</source>
        <translation>%1 B (%2)</translation>
    </message>
    <message>
        <source>%1 M (%2)</source>
        <translation>%1 M (%2)</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>%1, estimated from the shapes</source>
        <translation>%1, aus den Tensorformen geschätzt</translation>
    </message>
    <message>
        <source>Active per token</source>
        <translation>Aktiv pro Token</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>MLA latent rank %1 + RoPE %2</source>
        <translation>MLA-Latent-Rang %1 + RoPE %2</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV-Köpfe</translation>
    </message>
    <message>
        <source>%1 of %2 query heads</source>
        <translation>%1 von %2 Query-Köpfen</translation>
    </message>
    <message>
        <source>%1 to %2 per layer, %3 query heads</source>
        <translation>%1 bis %2 pro Schicht, %3 Query-Köpfe</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>Kopfdimension</translation>
    </message>
    <message>
        <source>%1 (K) / %2 (V)</source>
        <translation>%1 (K) / %2 (V)</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>Sliding Window</translation>
    </message>
    <message>
        <source>%1 on %2 of %3 layers</source>
        <translation>%1 auf %2 von %3 Schichten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <source>%1, %2 per token</source>
        <translation>%1, %2 pro Token</translation>
    </message>
    <message>
        <source>none (dense)</source>
        <translation>keine (dicht)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Quantization mix</source>
        <translation>Quantisierungsmix</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>%1 bytes (%2 GB, %3 bits per weight)</source>
        <translation>%1 Byte (%2 GB, %3 Bits pro Gewicht)</translation>
    </message>
    <message>
        <source>not stated by the file: estimated from bits per weight</source>
        <translation>nicht in der Datei angegeben: aus Bits pro Gewicht geschätzt</translation>
    </message>
    <message>
        <source>%1 &lt; 0.1 %</source>
        <translation>%1 &lt; 0,1 %</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>LocalRig recommendation</source>
        <translation>LocalRig-Empfehlung</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>A use case to plan for (repeatable), e.g. coding-assistant.</source>
        <translation>Ein Anwendungsfall, für den geplant wird (wiederholbar), z. B. coding-assistant.</translation>
    </message>
    <message>
        <source>Parallel agents or sessions (default: the workloads&apos; own).</source>
        <translation>Parallele Agenten oder Sitzungen (Standard: die der Aufgaben).</translation>
    </message>
    <message>
        <source>Most you would spend, in USD.</source>
        <translation>Höchstbetrag, den Sie ausgeben würden, in USD.</translation>
    </message>
    <message>
        <source>apple, nvidia, amd or any (default any).</source>
        <translation>apple, nvidia, amd oder any (Standard any).</translation>
    </message>
    <message>
        <source>Laptops only.</source>
        <translation>Nur Laptops.</translation>
    </message>
    <message>
        <source>What you spend on a cloud API per month, in USD.</source>
        <translation>Ihre monatlichen Ausgaben für eine Cloud-API, in USD.</translation>
    </message>
    <message>
        <source>Electricity price (default 0.1648).</source>
        <translation>Strompreis (Standard 0.1648).</translation>
    </message>
    <message>
        <source>Hours of generation per day (default 8).</source>
        <translation>Stunden Generierung pro Tag (Standard 8).</translation>
    </message>
    <message>
        <source>Comfortable share of RAM, 0.5-0.95 (default 0.75).</source>
        <translation>Komfortabler RAM-Anteil, 0.5-0.95 (Standard 0.75).</translation>
    </message>
    <message>
        <source>KV cache element type: f16, q8_0 or q4_0.</source>
        <translation>Elementtyp des KV-Cache: f16, q8_0 oder q4_0.</translation>
    </message>
    <message>
        <source>Context length in tokens, e.g. 32768, 32K or 1M (default: each workload&apos;s own).</source>
        <translation>Kontextlänge in Token, z. B. 32768, 32K oder 1M (Standard: die der jeweiligen Aufgabe).</translation>
    </message>
    <message>
        <source>Run the workloads at the same time: memory adds up and they share the bandwidth.</source>
        <translation>Die Aufgaben gleichzeitig ausführen: Der Speicherbedarf addiert sich, und sie teilen sich die Bandbreite.</translation>
    </message>
    <message>
        <source>You already have a desktop PC that takes a graphics card: cards cost the card alone.</source>
        <translation>Sie haben bereits einen Desktop-PC, der eine Grafikkarte aufnimmt: Karten kosten nur die Karte selbst.</translation>
    </message>
    <message>
        <source>Fine-tuning method: full, lora or qlora (default lora).</source>
        <translation>Fine-Tuning-Methode: full, lora oder qlora (Standard lora).</translation>
    </message>
    <message>
        <source>LoRA rank for fine-tuning (default 16).</source>
        <translation>LoRA-Rang für das Fine-Tuning (Standard 16).</translation>
    </message>
    <message>
        <source>Sequences per fine-tuning step (default 1).</source>
        <translation>Sequenzen pro Fine-Tuning-Schritt (Standard 1).</translation>
    </message>
    <message>
        <source>Fine-tuning sequence length in tokens (default: the workload&apos;s context).</source>
        <translation>Sequenzlänge beim Fine-Tuning in Token (Standard: der Kontext der Aufgabe).</translation>
    </message>
    <message>
        <source>Fine-tune without gradient checkpointing.</source>
        <translation>Fine-Tuning ohne Gradient-Checkpointing.</translation>
    </message>
    <message>
        <source>Fine-tuning optimizer: adamw, adamw_8bit or sgd.</source>
        <translation>Optimierer für das Fine-Tuning: adamw, adamw_8bit oder sgd.</translation>
    </message>
    <message>
        <source>Tokens in one fine-tuning epoch, e.g. 10M (default 10M).</source>
        <translation>Token in einer Fine-Tuning-Epoche, z. B. 10M (Standard 10M).</translation>
    </message>
</context>
<context>
    <name>PriceSpeedChart</name>
    <message>
        <source>%1: %2, %3 with %4</source>
        <translation>%1: %2, %3 mit %4</translation>
    </message>
    <message>
        <source>Price against speed</source>
        <translation>Preis gegen Tempo</translation>
    </message>
    <message>
        <source>Price (US $)</source>
        <translation>Preis (US-$)</translation>
    </message>
    <message>
        <source>Machines that run the plan</source>
        <translation>Rechner, die den Plan ausführen</translation>
    </message>
    <message>
        <source> — on the Pareto front</source>
        <translation> — auf der Pareto-Front</translation>
    </message>
    <message>
        <source>Pareto front (nothing cheaper is faster)</source>
        <translation>Pareto-Front (nichts Billigeres ist schneller)</translation>
    </message>
    <message>
        <source>On the front</source>
        <translation>Auf der Front</translation>
    </message>
    <message>
        <source>Decode speed (tokens/s)</source>
        <translation>Decode-Tempo (Token/s)</translation>
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
        <translation>Der mitgelieferte Katalog kann nicht gelesen werden, daher kann LocalRig nicht starten.

%1</translation>
    </message>
    <message>
        <source>QApplication construction</source>
        <translation>QApplication-Aufbau</translation>
    </message>
    <message>
        <source>settings and language</source>
        <translation>Einstellungen und Sprache</translation>
    </message>
    <message>
        <source>catalog open</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <source>main window construction</source>
        <translation>Aufbau des Hauptfensters</translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <source>Machines, best first:</source>
        <translation>Rechner, die besten zuerst:</translation>
    </message>
    <message>
        <source>break-even %1</source>
        <translation>Amortisation %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>From the guide:</source>
        <translation>Aus dem Ratgeber:</translation>
    </message>
    <message>
        <source>The tier and the machines your workloads need, ranked, with reasons.</source>
        <translation>Die Stufe und die Rechner, die Ihre Aufgaben brauchen, nach Rang, mit Begründung.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>localrig recommend: %1</source>
        <translation>localrig recommend: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>erstes Token %1</translation>
    </message>
    <message>
        <source>training %1 tokens/s, epoch %2</source>
        <translation>Training %1 Token/s, Epoche %2</translation>
    </message>
</context>
<context>
    <name>RecommendationExport</name>
    <message>
        <source>Export Recommendation</source>
        <translation>Empfehlung exportieren</translation>
    </message>
    <message>
        <source>Tick at least one workload on the Plan page first.</source>
        <translation>Kreuzen Sie zuerst auf der Seite Planen mindestens eine Aufgabe an.</translation>
    </message>
    <message>
        <source>LocalRig recommendation.pdf</source>
        <translation>LocalRig-Empfehlung.pdf</translation>
    </message>
    <message>
        <source>Export Recommendation as PDF</source>
        <translation>Empfehlung als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the recommendation…</source>
        <translation>Empfehlung wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the recommendation for your workloads as a PDF.</source>
        <translation>Die Empfehlung für Ihre Aufgaben als PDF schreiben.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>localrig report: %1</source>
        <translation>localrig report: %1</translation>
    </message>
    <message>
        <source>localrig report: give the file to write with --pdf FILE</source>
        <translation>localrig report: geben Sie die Zieldatei mit --pdf FILE an</translation>
    </message>
    <message>
        <source>Wrote %1 in %2 ms</source>
        <translation>%1 in %2 ms geschrieben</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>LocalRig recommendation</source>
        <translation>LocalRig-Empfehlung</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>Recommended tier</source>
        <translation>Empfohlene Stufe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>From the guide</source>
        <translation>Aus dem Ratgeber</translation>
    </message>
    <message>
        <source>No machines were ranked.</source>
        <translation>Es wurden keine Rechner eingestuft.</translation>
    </message>
    <message>
        <source>Assumptions and formulas</source>
        <translation>Annahmen und Formeln</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Prices change</source>
        <translation>Preise ändern sich</translation>
    </message>
    <message>
        <source>Prepared %1 · catalog of %2</source>
        <translation>Erstellt am %1 · Katalogstand %2</translation>
    </message>
    <message>
        <source>%1 — the tier, your inputs and the reasons follow in the appendix.</source>
        <translation>%1 — Stufe, Ihre Eingaben und die Begründungen folgen im Anhang.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Price (complete)</source>
        <translation>Preis (komplett)</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>The top machines</source>
        <translation>Die besten Rechner</translation>
    </message>
    <message>
        <source>No priced machine runs this plan.</source>
        <translation>Kein Rechner mit Preis führt diesen Plan aus.</translation>
    </message>
    <message>
        <source>Appendix: your inputs</source>
        <translation>Anhang: Ihre Eingaben</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Also good</source>
        <translation>Ebenfalls gut</translation>
    </message>
    <message>
        <source>Appendix: every machine, ranked</source>
        <translation>Anhang: alle Rechner nach Rang</translation>
    </message>
    <message>
        <source>Decode speed is the slowest workload&apos;s: at the start of a session, then with every session&apos;s context full. First token is for the workload&apos;s typical prompt.</source>
        <translation>Das Decode-Tempo ist das der langsamsten Aufgabe: zu Beginn einer Sitzung, dann mit vollem Kontext in jeder Sitzung. Das erste Token gilt für den typischen Prompt der Aufgabe.</translation>
    </message>
    <message>
        <source>Appendix: comparison of the top machines</source>
        <translation>Anhang: Vergleich der besten Rechner</translation>
    </message>
    <message>
        <source>Decode (tokens/s): start → full</source>
        <translation>Decode (Token/s): Beginn → voll</translation>
    </message>
    <message>
        <source>Appendix: how to run it</source>
        <translation>Anhang: so führen Sie es aus</translation>
    </message>
    <message>
        <source>The llama.cpp command each estimate assumes, on the top machines: context (-c), parallel sessions (-np), layers on the GPU (-ngl) and where the weights go.</source>
        <translation>Der llama.cpp-Befehl, den jede Schätzung für die besten Rechner annimmt: Kontext (-c), parallele Sitzungen (-np), Schichten auf der GPU (-ngl) und wohin die Gewichte kommen.</translation>
    </message>
    <message>
        <source>No machine runs this plan well, so there is no command to give.</source>
        <translation>Kein Rechner führt diesen Plan gut aus, daher gibt es keinen Befehl anzugeben.</translation>
    </message>
    <message>
        <source>If you change the plan</source>
        <translation>Wenn Sie den Plan ändern</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Portable only</source>
        <translation>Nur tragbare Rechner</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>API spend today</source>
        <translation>API-Ausgaben heute</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Reservegrenze</translation>
    </message>
    <message>
        <source>%1 % of unified memory</source>
        <translation>%1 % des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>KV cache type</source>
        <translation>KV-Cache-Typ</translation>
    </message>
    <message>
        <source>Weights = total parameters × bits per weight ÷ 8 (Q4_K_M ≈ 4.85 bits); a measured file size wins when the catalog has one. Source: llama.cpp tools/quantize sizes, NyxKrage LLM calculator.</source>
        <translation>Gewichte = Gesamtparameter × Bits pro Gewicht ÷ 8 (Q4_K_M ≈ 4,85 Bits); eine gemessene Dateigröße hat Vorrang, wenn der Katalog eine kennt. Quelle: llama.cpp tools/quantize sizes, NyxKrage LLM calculator.</translation>
    </message>
    <message>
        <source>KV cache per token = 2 × attention layers × KV heads × head dimension × bytes per element (f16 %1, q8_0 %2, q4_0 %3), × context × parallel sessions; MLA caches one latent per layer, sliding-window layers at most their window. Source: NVIDIA &quot;Mastering LLM Techniques: Inference Optimization&quot;; ggml block sizes; unsloth PR #4757.</source>
        <translation>KV-Cache pro Token = 2 × Attention-Schichten × KV-Köpfe × Kopfdimension × Byte pro Element (f16 %1, q8_0 %2, q4_0 %3), × Kontext × parallele Sitzungen; MLA speichert ein Latent pro Schicht, Sliding-Window-Schichten höchstens ihr Fenster. Quelle: NVIDIA „Mastering LLM Techniques: Inference Optimization“; ggml-Blockgrößen; unsloth PR #4757.</translation>
    </message>
    <message>
        <source>Overhead = %1 runtime + %2 MiB compute buffer per attention head (flash attention on). Source: Ollama issue #10765 (457 MiB CUDA minimum); NyxKrage&apos;s compute-buffer formula.</source>
        <translation>Overhead = %1 Runtime + %2 MiB Compute-Puffer pro Attention-Kopf (Flash Attention an). Quelle: Ollama-Issue #10765 (457 MiB CUDA-Minimum); Compute-Puffer-Formel von NyxKrage.</translation>
    </message>
    <message>
        <source>Headroom rule: on unified memory a model is comfortable up to %1 % of RAM and tight up to what the GPU may use (macOS: about 2/3 of RAM at 16 GB, 3/4 at 32–64 GB, 0.84 at 128 GB); on a GPU it fits when it stays 1 GB under VRAM, else part of it is offloaded. Source: the guide; MTLDevice.recommendedMaxWorkingSetSize (llama.cpp #1870); llama.cpp PR #16653.</source>
        <translation>Reserveregel: Bei gemeinsamem Speicher ist ein Modell komfortabel bis %1 % des RAM und knapp bis zu dem, was die GPU nutzen darf (macOS: etwa 2/3 des RAM bei 16 GB, 3/4 bei 32–64 GB, 0,84 bei 128 GB); auf einer GPU passt es, wenn es 1 GB unter dem VRAM bleibt, sonst wird ein Teil ausgelagert. Quelle: der Ratgeber; MTLDevice.recommendedMaxWorkingSetSize (llama.cpp #1870); llama.cpp PR #16653.</translation>
    </message>
    <message>
        <source>Minimum speed to recommend a machine: %1. Source: LocalRig default, faster than reading.</source>
        <translation>Mindesttempo für eine Empfehlung: %1. Quelle: LocalRig-Standard, schneller als Lesen.</translation>
    </message>
    <message>
        <source>Catalog date: %1.</source>
        <translation>Katalogdatum: %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The 2026 local-AI hardware guide: tiers, use cases, headroom rule and disclaimer.</source>
        <translation>Ratgeber für lokale KI-Hardware 2026: Stufen, Anwendungsfälle, Reserveregel und Haftungsausschluss.</translation>
    </message>
    <message>
        <source>%1 price %2</source>
        <translation>%1, Preis %2</translation>
    </message>
    <message>
        <source>From the guide: specifications, availability, and pricing change frequently. Always verify current details directly with manufacturers and retailers before making purchasing decisions. Prices in this report are the catalog&apos;s as of its date.</source>
        <translation>Aus dem Ratgeber: Spezifikationen, Verfügbarkeit und Preise ändern sich häufig. Prüfen Sie aktuelle Angaben immer direkt bei Herstellern und Händlern, bevor Sie kaufen. Die Preise in diesem Bericht sind die des Katalogs zu dessen Stand.</translation>
    </message>
    <message>
        <source>%1 per kWh, %2 hours a day under load</source>
        <translation>%1 pro kWh, %2 Stunden pro Tag unter Last</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Context × agents</source>
        <translation>Kontext × Agenten</translation>
    </message>
    <message>
        <source>%1 × %2, for every workload</source>
        <translation>%1 × %2, für jede Aufgabe</translation>
    </message>
    <message>
        <source>each workload&apos;s own: %1</source>
        <translation>jeweils die der Aufgabe: %1</translation>
    </message>
    <message>
        <source>Run together</source>
        <translation>Gleichzeitig ausführen</translation>
    </message>
    <message>
        <source>yes: memory adds up, bandwidth is shared</source>
        <translation>ja: Speicherbedarf addiert sich, Bandbreite wird geteilt</translation>
    </message>
    <message>
        <source>no: one workload at a time</source>
        <translation>nein: eine Aufgabe nach der anderen</translation>
    </message>
    <message>
        <source>Own desktop PC</source>
        <translation>Eigener Desktop-PC</translation>
    </message>
    <message>
        <source>yes: cards are priced alone</source>
        <translation>ja: Karten werden einzeln bepreist</translation>
    </message>
    <message>
        <source>no: cards are priced with a host PC</source>
        <translation>nein: Karten werden mit Host-PC bepreist</translation>
    </message>
    <message>
        <source>Total cost = the complete system&apos;s price (a graphics card with the desktop PC it needs) + load watts × hours a day × days × price per kWh, against the API spend per month; break-even is the first month whose cumulative API spend reaches the machine&apos;s cost, searched over %1 years, and only for machines that run the plan well. Source: the guide ($2,000 machine against $150/month ≈ a year); EIA 2024 electricity price.</source>
        <translation>Gesamtkosten = Preis des Komplettsystems (eine Grafikkarte mit dem Desktop-PC, den sie braucht) + Watt unter Last × Stunden pro Tag × Tage × Preis pro kWh, verglichen mit den API-Ausgaben pro Monat; die Amortisation ist der erste Monat, in dem die kumulierten API-Ausgaben die Kosten des Rechners erreichen, gesucht über %1 Jahre und nur für Rechner, die den Plan gut ausführen. Quelle: der Ratgeber (Rechner für $2.000 gegenüber $150/Monat ≈ ein Jahr); EIA-Strompreis 2024.</translation>
    </message>
    <message>
        <source>Verdicts: Great = fits under the headroom line, at least %1 at half the context and the first token within %2; Good = fits and stays at or above %3 when the context fills; Slow = under that, or the first token takes over %4; Too large = does not fit. Source: reading speed (Brysbaert 2019) and Nielsen&apos;s response-time limits.</source>
        <translation>Bewertungen: Sehr gut = passt unter die Reservegrenze, mindestens %1 bei halbem Kontext und erstes Token innerhalb von %2; Gut = passt und bleibt bei vollem Kontext bei %3 oder mehr; Langsam = darunter, oder das erste Token braucht mehr als %4; Zu groß = passt nicht. Quelle: Lesetempo (Brysbaert 2019) und Nielsens Grenzen für Antwortzeiten.</translation>
    </message>
    <message>
        <source>Sizing constants: LocalRig&apos;s documented defaults, each with its source in the formulas above.</source>
        <translation>Bemessungskonstanten: die dokumentierten Standardwerte von LocalRig, jeweils mit Quelle in den Formeln oben.</translation>
    </message>
    <message>
        <source>Comfortable reading speed ≈ %1: a fast reader&apos;s 300 words a minute at about 1.3 tokens per word (the average is 238 words a minute). Source: Brysbaert (2019), J. Memory and Language 109.</source>
        <translation>Angenehmes Lesetempo ≈ %1: die 300 Wörter pro Minute eines schnellen Lesers bei etwa 1,3 Token pro Wort (der Durchschnitt liegt bei 238 Wörtern pro Minute). Quelle: Brysbaert (2019), J. Memory and Language 109.</translation>
    </message>
    <message>
        <source>Decode time per token = bytes read per token (active weights + KV cache at the current context) ÷ (η × memory bandwidth) + a launch time per layer + 2 × active parameters ÷ (FP16 FLOPS ÷ c); with offload the memory term is summed over the pools. η, the layer time and c are fitted to published llama.cpp runs; the band is the spread of their errors on hardware left out of the fit. Where two or more published runs of a machine miss its estimate by over 1.4× for the plan&apos;s kind of model, its speeds are scaled to their median. Source: llama-bench results; kipply, &quot;Transformer Inference Arithmetic&quot;.</source>
        <translation>Decode-Zeit pro Token = pro Token gelesene Byte (aktive Gewichte + KV-Cache beim aktuellen Kontext) ÷ (η × Speicherbandbreite) + eine Startzeit pro Schicht + 2 × aktive Parameter ÷ (FP16-FLOPS ÷ c); bei Auslagerung wird der Speicheranteil über die Speicherbereiche summiert. η, die Schichtzeit und c sind an veröffentlichte llama.cpp-Läufe angepasst; die Spanne ist die Streuung ihrer Fehler auf Hardware, die aus der Anpassung herausgelassen wurde. Wo zwei oder mehr veröffentlichte Läufe eines Rechners seine Schätzung für die Modellart des Plans um mehr als das 1,4-Fache verfehlen, werden seine Geschwindigkeiten auf ihren Median umgerechnet. Quelle: llama-bench-Ergebnisse; kipply, „Transformer Inference Arithmetic“.</translation>
    </message>
    <message>
        <source>Prefill tokens/s = η × FP16 TFLOPS ÷ (2 × active parameters + attention at the prompt&apos;s depth), plus the weights read once per 512-token batch; time to first token for a %1 prompt. Source: kipply, &quot;Transformer Inference Arithmetic&quot;; gpu_poor.</source>
        <translation>Prefill-Token/s = η × FP16-TFLOPS ÷ (2 × aktive Parameter + Attention bei der Tiefe des Prompts), zuzüglich der Gewichte, die einmal pro Stapel von 512 Token gelesen werden; Zeit bis zum ersten Token für einen Prompt von %1. Quelle: kipply, „Transformer Inference Arithmetic“; gpu_poor.</translation>
    </message>
</context>
<context>
    <name>RunAdvice</name>
    <message>
        <source>Some layers run from system RAM (partial offload), which slows every token.</source>
        <translation>Einige Schichten laufen aus dem System-RAM (teilweise Auslagerung), was jedes Token verlangsamt.</translation>
    </message>
    <message>
        <source>Experts of %1 of %2 layers in system RAM (%3 there, %4 on the card): faster than moving whole layers off the card.</source>
        <translation>Experten von %1 der %2 Schichten im System-RAM (%3 dort, %4 auf der Karte): schneller, als ganze Schichten von der Karte zu verlagern.</translation>
    </message>
    <message>
        <source>%1: %2 layers, %3</source>
        <translation>%1: %2 Schichten, %3</translation>
    </message>
    <message>
        <source>Layers split over the cards, each reading its own share in turn (%1).</source>
        <translation>Schichten auf die Karten verteilt, jede liest nacheinander ihren Anteil (%1).</translation>
    </message>
    <message>
        <source>Run %1 with: %2</source>
        <translation>%1 starten mit: %2</translation>
    </message>
    <message>
        <source>macOS lets the GPU use %1 by default; this plan needs %2. Raising the limit with &quot;%3&quot; lets it use up to %4 and leaves %5 for macOS and your apps: close other programs while a model runs. The setting lasts until the next restart.</source>
        <translation>macOS lässt die GPU standardmäßig %1 nutzen; dieser Plan braucht %2. Wird die Grenze mit „%3“ angehoben, darf sie bis zu %4 nutzen, und für macOS und Ihre Programme bleiben %5: Schließen Sie andere Programme, während ein Modell läuft. Die Einstellung gilt bis zum nächsten Neustart.</translation>
    </message>
    <message>
        <source>With tensor parallelism instead (vLLM --tensor-parallel-size %1, or llama.cpp -sm tensor) the cards read at the same time: about %2 tokens/s when the context is full, from one published comparison.</source>
        <translation>Mit Tensorparallelität stattdessen (vLLM --tensor-parallel-size %1 oder llama.cpp -sm tensor) lesen die Karten gleichzeitig: etwa %2 Token/s bei vollem Kontext, laut einem veröffentlichten Vergleich.</translation>
    </message>
    <message>
        <source>Advanced setup: layers split over the machines, which pass every token along the network link in turn; the speed band is wide because few such setups are measured.</source>
        <translation>Fortgeschrittener Aufbau: Schichten auf die Rechner verteilt, die jedes Token nacheinander über die Netzwerkverbindung weiterreichen; die Tempospanne ist breit, weil nur wenige solche Aufbauten gemessen sind.</translation>
    </message>
</context>
<context>
    <name>TcoChart</name>
    <message>
        <source>Cost over time</source>
        <translation>Kosten über die Zeit</translation>
    </message>
    <message>
        <source>Months after purchase</source>
        <translation>Monate nach dem Kauf</translation>
    </message>
    <message>
        <source>Cumulative cost (US $)</source>
        <translation>Kumulierte Kosten (US-$)</translation>
    </message>
    <message>
        <source>%1, month %2: %3 (%4 price + %5 a month of electricity)</source>
        <translation>%1, Monat %2: %3 (%4 Preis + %5 Strom im Monat)</translation>
    </message>
    <message>
        <source>API, month %1: %2</source>
        <translation>API, Monat %1: %2</translation>
    </message>
    <message>
        <source>API %1/month</source>
        <translation>API %1/Monat</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>%1 pays for itself in %2 (%3 spent either way)</source>
        <translation>%1 amortisiert sich in %2 (%3 Ausgaben in beiden Fällen)</translation>
    </message>
    <message>
        <source>break-even: %1</source>
        <translation>Amortisation: %1</translation>
    </message>
</context>
<context>
    <name>TcoCommand</name>
    <message>
        <source>Total cost of a machine against monthly API spend, with the break-even month.</source>
        <translation>Gesamtkosten eines Rechners gegenüber monatlichen API-Ausgaben, mit dem Amortisationsmonat.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Price of the machine in USD.</source>
        <translation>Preis des Rechners in USD.</translation>
    </message>
    <message>
        <source>API spend per month in USD.</source>
        <translation>API-Ausgaben pro Monat in USD.</translation>
    </message>
    <message>
        <source>Hours of generation per day (default 8).</source>
        <translation>Stunden Generierung pro Tag (Standard 8).</translation>
    </message>
    <message>
        <source>Electricity price (default 0.1648, US 2024 average).</source>
        <translation>Strompreis (Standard 0.1648, US-Durchschnitt 2024).</translation>
    </message>
    <message>
        <source>Months to compare (default 36).</source>
        <translation>Zu vergleichende Monate (Standard 36).</translation>
    </message>
    <message>
        <source>Share of the price recovered by selling at the end (default 0).</source>
        <translation>Anteil des Preises, der beim Verkauf am Ende zurückfließt (Standard 0).</translation>
    </message>
    <message>
        <source>localrig tco: %1</source>
        <translation>localrig tco: %1</translation>
    </message>
    <message>
        <source>Break-even in month %1 (the lines cross after %2 months)</source>
        <translation>Amortisation in Monat %1 (die Linien kreuzen sich nach %2 Monaten)</translation>
    </message>
    <message numerus="yes">
        <source>Never breaks even within %n month(s)</source>
        <translation>
            <numerusform>Keine Amortisation innerhalb von %n Monat</numerusform>
            <numerusform>Keine Amortisation innerhalb von %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s): local %1, API %2</source>
        <translation>
            <numerusform>Nach %n Monat: lokal %1, API %2</numerusform>
            <numerusform>Nach %n Monaten: lokal %1, API %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Electricity: %1 per month (0 W)</source>
        <translation>Strom: %1 pro Monat (0 W)</translation>
    </message>
    <message>
        <source>Electricity: left out (give --watts, or --machine for its catalog load power)</source>
        <translation>Strom: nicht berücksichtigt (--watts angeben oder --machine für die Leistungsaufnahme laut Katalog)</translation>
    </message>
    <message>
        <source>Electricity: left out, the catalog has no load power for %1 (give --watts)</source>
        <translation>Strom: nicht berücksichtigt, der Katalog kennt keine Leistungsaufnahme für %1 (--watts angeben)</translation>
    </message>
    <message>
        <source>Electricity: %1 per month (%2 under load, from the catalog for %3; %4 per kWh)</source>
        <translation>Strom: %1 pro Monat (%2 unter Last, laut Katalog für %3; %4 pro kWh)</translation>
    </message>
    <message>
        <source>Electricity: %1 per month (%2 under load; %3 per kWh)</source>
        <translation>Strom: %1 pro Monat (%2 unter Last; %3 pro kWh)</translation>
    </message>
    <message>
        <source>Wall power while generating (default: the machine&apos;s catalog load power with --machine, else electricity is left out).</source>
        <translation>Leistungsaufnahme an der Steckdose beim Generieren (Standard: mit --machine die Leistungsaufnahme des Rechners laut Katalog, sonst bleibt der Strom unberücksichtigt).</translation>
    </message>
    <message>
        <source>A catalog machine by name or id, for its load power (see localrig catalog list machines).</source>
        <translation>Ein Katalogrechner nach Name oder ID, für seine Leistungsaufnahme (siehe localrig catalog list machines).</translation>
    </message>
</context>
<context>
    <name>ThisComputerText</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Dieser Computer (%1)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>form factor</source>
        <translation>Bauform</translation>
    </message>
    <message>
        <source>memory kind</source>
        <translation>Speicherart</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>Speicherbandbreite</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16-TFLOPS</translation>
    </message>
    <message>
        <source>load power</source>
        <translation>Leistungsaufnahme</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;b&gt;Detected&lt;/b&gt; on this computer: %1.</source>
        <translation>&lt;b&gt;Erkannt&lt;/b&gt; auf diesem Computer: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the catalog&apos;s %1&lt;/b&gt;, which has the same chip: %2. Check them.</source>
        <translation>&lt;b&gt;Vom Katalogeintrag %1&lt;/b&gt; mit demselben Chip: %2. Bitte prüfen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You need to enter&lt;/b&gt;: %1. LocalRig cannot read these from the system and does not guess them; the maker&apos;s specification sheet lists them.</source>
        <translation>&lt;b&gt;Von Ihnen einzugeben&lt;/b&gt;: %1. LocalRig kann diese Werte nicht aus dem System lesen und rät sie nicht; das Datenblatt des Herstellers nennt sie.</translation>
    </message>
    <message>
        <source>%1 with %2 cores, %3 threads</source>
        <translation>%1 mit %2 Kernen, %3 Threads</translation>
    </message>
    <message>
        <source>%1 GiB reported by %2</source>
        <translation>%1 GiB laut %2</translation>
    </message>
    <message>
        <source>%1 GPU</source>
        <translation>%1-GPU</translation>
    </message>
    <message>
        <source>%1 with %2 GiB</source>
        <translation>%1 mit %2 GiB</translation>
    </message>
    <message>
        <source>no GPU</source>
        <translation>keine GPU</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Gefunden&lt;/b&gt;: %1.</translation>
    </message>
    <message>
        <source>Source: measured on this computer, %1</source>
        <translation>Quelle: auf diesem Computer gemessen, %1</translation>
    </message>
    <message>
        <source>fast, with headroom</source>
        <translation>schnell, mit Reserve</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured&lt;/b&gt; on this computer, %1: memory reads at %2 GB/s (the best of %3 passes on %4 threads; median %5 GB/s).</source>
        <translation>&lt;b&gt;Gemessen&lt;/b&gt; auf diesem Computer, %1: Speicherlesen mit %2 GB/s (bester von %3 Durchläufen mit %4 Threads; Median %5 GB/s).</translation>
    </message>
    <message>
        <source>That is the system RAM behind the graphics card; the card&apos;s own VRAM bandwidth is the figure below.</source>
        <translation>Das ist der System-RAM hinter der Grafikkarte; die VRAM-Bandbreite der Karte selbst ist der Wert unten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not measured&lt;/b&gt;: the measurement was cancelled. Type the memory bandwidth below.</source>
        <translation>&lt;b&gt;Nicht gemessen&lt;/b&gt;: Die Messung wurde abgebrochen. Geben Sie die Speicherbandbreite unten ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not measured&lt;/b&gt;: %1 Type the memory bandwidth below.</source>
        <translation>&lt;b&gt;Nicht gemessen&lt;/b&gt;: %1 Geben Sie die Speicherbandbreite unten ein.</translation>
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
        <translation>Noch keine Empfehlung</translation>
    </message>
    <message>
        <source>Beyond the guide&apos;s tiers</source>
        <translation>Jenseits der Stufen des Ratgebers</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>braucht %1</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 · %3 × %n agent(s) · %4</source>
        <translation>
            <numerusform>%1: %2 · %3 × %n Agent · %4</numerusform>
            <numerusform>%1: %2 · %3 × %n Agenten · %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Your context or agent count applies to every workload above.</source>
        <translation>Ihr Kontext bzw. Ihre Agentenzahl gilt für jede Aufgabe oben.</translation>
    </message>
    <message>
        <source>All at the same time: %1 in memory together.</source>
        <translation>Alle gleichzeitig: zusammen %1 im Speicher.</translation>
    </message>
    <message>
        <source>No machine to recommend</source>
        <translation>Kein Rechner zu empfehlen</translation>
    </message>
    <message>
        <source>Buy this: %1 — %2</source>
        <translation>Kaufempfehlung: %1 — %2</translation>
    </message>
    <message>
        <source>The card %1 + %2 %3</source>
        <translation>Die Karte %1 + %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pays for itself against your API spend in %1.</source>
        <translation>Amortisiert sich gegenüber Ihren API-Ausgaben in %1.</translation>
    </message>
    <message>
        <source>Does not pay for itself against your API spend within 10 years.</source>
        <translation>Amortisiert sich gegenüber Ihren API-Ausgaben nicht innerhalb von 10 Jahren.</translation>
    </message>
    <message>
        <source>Tick one or more workloads to see the machine to buy.</source>
        <translation>Kreuzen Sie eine oder mehrere Aufgaben an, um zu sehen, welchen Rechner Sie kaufen sollten.</translation>
    </message>
    <message>
        <source>; first token in %1 for a prompt of %2</source>
        <translation>; erstes Token nach %1 bei einem Prompt mit %2</translation>
    </message>
    <message numerus="yes">
        <source>The %n cards %1 + %2 %3</source>
        <translation>
            <numerusform>Die %n Karte %1 + %2 %3</numerusform>
            <numerusform>Die %n Karten %1 + %2 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advanced: %n machines joined through a network switch, set up by hand (llama.cpp RPC or exo); the price is the machines together, and the switch comes on top.</source>
        <translation>
            <numerusform>Fortgeschritten: %n Rechner, über einen Netzwerk-Switch verbunden und von Hand eingerichtet (llama.cpp RPC oder exo); der Preis gilt für die Rechner zusammen, der Switch kommt hinzu.</numerusform>
            <numerusform>Fortgeschritten: %n Rechner, über einen Netzwerk-Switch verbunden und von Hand eingerichtet (llama.cpp RPC oder exo); der Preis gilt für die Rechner zusammen, der Switch kommt hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advanced: %n machines joined by one network cable, set up by hand (llama.cpp RPC or exo); the price is the machines together.</source>
        <translation>
            <numerusform>Fortgeschritten: %n Rechner, mit einem Netzwerkkabel verbunden und von Hand eingerichtet (llama.cpp RPC oder exo); der Preis gilt für die Rechner zusammen.</numerusform>
            <numerusform>Fortgeschritten: %n Rechner, mit einem Netzwerkkabel verbunden und von Hand eingerichtet (llama.cpp RPC oder exo); der Preis gilt für die Rechner zusammen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingWording</name>
    <message>
        <source>full fine-tuning</source>
        <translation>volles Fine-Tuning</translation>
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
        <translation>%1 Rang %2</translation>
    </message>
    <message>
        <source>%1 · batch %2 × %3 tokens</source>
        <translation>%1 · Batch %2 × %3 Token</translation>
    </message>
    <message>
        <source>%1 · gradient checkpointing</source>
        <translation>%1 · Gradient-Checkpointing</translation>
    </message>
    <message>
        <source>%1 · no checkpointing</source>
        <translation>%1 · ohne Checkpointing</translation>
    </message>
    <message>
        <source>%1 weights + %2 trainable state (adapters, gradients, optimizer) + %3 activations + %4 overhead</source>
        <translation>%1 Gewichte + %2 trainierbarer Zustand (Adapter, Gradienten, Optimierer) + %3 Aktivierungen + %4 Overhead</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · %4 to train (%5)</source>
        <translation>%1: %2 · %3 · %4 zum Trainieren (%5)</translation>
    </message>
    <message>
        <source>does not fit for training on one device</source>
        <translation>passt fürs Training nicht auf ein Gerät</translation>
    </message>
    <message>
        <source>fits for training; speed not estimated (no published 16-bit FLOPS for this machine)</source>
        <translation>passt fürs Training; Tempo nicht geschätzt (keine veröffentlichten 16-Bit-FLOPS für diesen Rechner)</translation>
    </message>
    <message>
        <source>about %1 training tokens/s (%2–%3); an epoch of %4 tokens takes about %5 (%6–%7)</source>
        <translation>etwa %1 Trainings-Token/s (%2–%3); eine Epoche mit %4 Token dauert etwa %5 (%6–%7)</translation>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Anz.</translation>
    </message>
    <message>
        <source>naive</source>
        <translation>naiv</translation>
    </message>
    <message>
        <source>Cross-validated accuracy of the speed model on a measurements CSV.</source>
        <translation>Kreuzvalidierte Genauigkeit des Geschwindigkeitsmodells auf einer Messungs-CSV.</translation>
    </message>
    <message>
        <source>localrig validate: %1</source>
        <translation>localrig validate: %1</translation>
    </message>
    <message>
        <source>localrig validate: --data FILE is required (and nothing else)</source>
        <translation>localrig validate: --data FILE ist erforderlich (und sonst nichts)</translation>
    </message>
    <message>
        <source>localrig validate: %1: %2</source>
        <translation>localrig validate: %1: %2</translation>
    </message>
    <message>
        <source>Decode, leave-one-hardware-out (%1 hardware): each hardware predicted by a fit without its rows.</source>
        <translation>Decode, Leave-one-hardware-out (%1 Hardware): jede Hardware vorhergesagt durch eine Anpassung ohne ihre Zeilen.</translation>
    </message>
    <message>
        <source>Decode, leave-one-model-family-out (%1 families): each model family predicted by a fit without its rows.</source>
        <translation>Decode, Leave-one-model-family-out (%1 Familien): jede Modellfamilie vorhergesagt durch eine Anpassung ohne ihre Zeilen.</translation>
    </message>
    <message>
        <source>Absolute percentage error median / p90 / band coverage (%), naive median / p90:</source>
        <translation>Absoluter prozentualer Fehler Median / p90 / Bandabdeckung (%), naiv Median / p90:</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>one constant</source>
        <translation>eine Konstante</translation>
    </message>
    <message>
        <source>Prefill and time to first token by backend (rows with sourced FP16 FLOPS):</source>
        <translation>Prefill und Zeit bis zum ersten Token nach Backend (Zeilen mit belegten FP16-FLOPS):</translation>
    </message>
    <message>
        <source>  %1 rows %2  prefill %3  TTFT %4</source>
        <translation>  %1 Zeilen %2  Prefill %3  TTFT %4</translation>
    </message>
    <message>
        <source>one constant = tokens/s = c x bandwidth / bytes per token (c = %1 on all rows, refitted per fold); naive = bandwidth / file size.</source>
        <translation>eine Konstante = Token/s = c x Bandbreite / Byte pro Token (c = %1 über alle Zeilen, je Fold neu angepasst); naiv = Bandbreite / Dateigröße.</translation>
    </message>
    <message>
        <source>coverage = share of rows inside [low, high] built from other groups&apos; residuals only.</source>
        <translation>Abdeckung = Anteil der Zeilen innerhalb von [niedrig, hoch], gebildet nur aus den Residuen anderer Gruppen.</translation>
    </message>
    <message>
        <source>Candidate decode forms (free parameters; median / p90 / coverage):</source>
        <translation>Kandidaten für die Decode-Form (freie Parameter; Median / p90 / Abdeckung):</translation>
    </message>
    <message>
        <source>Worst rows (leave-one-hardware-out):</source>
        <translation>Schlechteste Zeilen (Leave-one-hardware-out):</translation>
    </message>
    <message>
        <source>  %1%  measured %2, predicted %3  %4</source>
        <translation>  %1%  gemessen %2, vorhergesagt %3  %4</translation>
    </message>
    <message>
        <source>Worst prefill rows (leave-one-hardware-out):</source>
        <translation>Schlechteste Prefill-Zeilen (Leave-one-hardware-out):</translation>
    </message>
    <message>
        <source>Also cross-validate every candidate decode form (slower).</source>
        <translation>Zusätzlich jede Kandidaten-Decode-Form kreuzvalidieren (langsamer).</translation>
    </message>
    <message>
        <source>Report with candidate decode form N of --forms (1 = one constant ...) instead of the chosen one.</source>
        <translation>Mit der Kandidaten-Decode-Form N aus --forms (1 = eine Konstante ...) statt der gewählten berichten.</translation>
    </message>
    <message>
        <source>localrig validate: --form takes 1 to %1</source>
        <translation>localrig validate: --form erwartet 1 bis %1</translation>
    </message>
    <message>
        <source>Decode form: %1 (layer %2 us, KV x%3, compute factor %4)</source>
        <translation>Decode-Form: %1 (Schicht %2 us, KV x%3, Rechenfaktor %4)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Expert-offload rows (validation only, never fitted; leave-one-hardware-out):</source>
        <translation>Zeilen mit Experten im Arbeitsspeicher (nur zur Prüfung, nie angepasst; je eine Hardware ausgelassen):</translation>
    </message>
    <message numerus="yes">
        <source>%1 x%2 from %n row(s) at depth</source>
        <translation>
            <numerusform>%1 x%2 aus %n Zeile mit Tiefe</numerusform>
            <numerusform>%1 x%2 aus %n Zeilen mit Tiefe</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows at depth</source>
        <translation>keine Zeilen mit Tiefe</translation>
    </message>
    <message>
        <source>Prefill form: attention FLOPs x%1 (%2), weights read once per micro-batch: %3</source>
        <translation>Prefill-Form: Attention-FLOPs x%1 (%2), Gewichte einmal je Micro-Batch gelesen: %3</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Comfortable</source>
        <translation>Komfortabel</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Fits in VRAM</source>
        <translation>Passt in VRAM</translation>
    </message>
    <message>
        <source>Partial offload</source>
        <translation>Teil-Offload</translation>
    </message>
    <message>
        <source>Won&apos;t fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>%1 needs %2, above the comfortable %3.</source>
        <translation>%1 braucht %2, mehr als die komfortablen %3.</translation>
    </message>
    <message>
        <source>%1 keeps only %2 % of its weights in VRAM; the rest runs from system RAM, much slower.</source>
        <translation>%1 hält nur %2 % seiner Gewichte im VRAM; der Rest läuft aus dem System-RAM, viel langsamer.</translation>
    </message>
    <message>
        <source>%1 needs %2, but at most %3 is usable.</source>
        <translation>%1 braucht %2, nutzbar sind aber höchstens %3.</translation>
    </message>
    <message>
        <source>%1 decodes at about %2, under the %3 minimum.</source>
        <translation>%1 decodiert mit etwa %2, unter dem Minimum von %3.</translation>
    </message>
    <message>
        <source>Costs %1, over your %2 budget.</source>
        <translation>Kostet %1, über Ihrem Budget von %2.</translation>
    </message>
    <message>
        <source>Made by %1, not the vendor you chose.</source>
        <translation>Von %1, nicht vom gewählten Hersteller.</translation>
    </message>
    <message>
        <source>Not portable.</source>
        <translation>Nicht tragbar.</translation>
    </message>
    <message>
        <source>No sourced price in the catalog.</source>
        <translation>Kein belegter Preis im Katalog.</translation>
    </message>
    <message>
        <source>The price is for the graphics card alone; it needs a desktop PC around it.</source>
        <translation>Der Preis gilt nur für die Grafikkarte; sie braucht noch einen Desktop-PC.</translation>
    </message>
    <message>
        <source>Pays for itself against your API spend in month %1.</source>
        <translation>Amortisiert sich gegenüber Ihren API-Ausgaben in Monat %1.</translation>
    </message>
    <message>
        <source>The largest footprint is %1, so a unified-memory machine needs about %2 to stay under the headroom line.</source>
        <translation>Der größte Speicherbedarf ist %1, daher braucht ein Rechner mit gemeinsamem Speicher etwa %2, um unter der Reservegrenze zu bleiben.</translation>
    </message>
    <message>
        <source>No machine in the catalog meets every need; the closest are listed first.</source>
        <translation>Kein Rechner im Katalog erfüllt alle Anforderungen; die nächstliegenden stehen oben.</translation>
    </message>
    <message>
        <source>Check what you actually run: a download called &quot;DeepSeek-R1&quot; is often the 1.5 B distill, not %1.</source>
        <translation>Prüfen Sie, was Sie wirklich ausführen: Ein Download namens „DeepSeek-R1“ ist oft das destillierte 1,5-B-Modell, nicht %1.</translation>
    </message>
    <message>
        <source>This plan needs about %1; 128 GB is rarely needed for it — 48 GB covers most developer work.</source>
        <translation>Dieser Plan braucht etwa %1; 128 GB sind dafür selten nötig — 48 GB decken die meiste Entwicklerarbeit ab.</translation>
    </message>
    <message>
        <source>A %1 context for retrieval work: retrieving the relevant 4–8K tokens is usually faster and cheaper than stuffing the context.</source>
        <translation>Ein Kontext von %1 für Retrieval: Die relevanten 4–8K Token abzurufen ist meist schneller und günstiger, als den Kontext vollzustopfen.</translation>
    </message>
    <message>
        <source>%1 was trained for %2; %3 needs context extension and may lose quality.</source>
        <translation>%1 wurde für %2 trainiert; %3 erfordert Kontexterweiterung und kann Qualität kosten.</translation>
    </message>
    <message>
        <source>%1: all %2 B parameters set the memory, the %3 B active ones set the speed.</source>
        <translation>%1: Alle %2 B Parameter bestimmen den Speicher, die %3 B aktiven das Tempo.</translation>
    </message>
    <message>
        <source>%1 has head dimension %2, not a multiple of 32, so a quantized KV cache may not load.</source>
        <translation>%1 hat die Kopfdimension %2, kein Vielfaches von 32, daher lädt ein quantisierter KV-Cache womöglich nicht.</translation>
    </message>
    <message>
        <source>no tier in the catalog</source>
        <translation>keine Stufe im Katalog</translation>
    </message>
    <message>
        <source>%1 instead of %2</source>
        <translation>%1 statt %2</translation>
    </message>
    <message>
        <source>Halving the context to %1</source>
        <translation>Halbierung des Kontexts auf %1</translation>
    </message>
    <message>
        <source>Doubling the context to %1</source>
        <translation>Verdopplung des Kontexts auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n parallel agent(s)</source>
        <translation>
            <numerusform>%n paralleler Agent</numerusform>
            <numerusform>%n parallele Agenten</numerusform>
        </translation>
    </message>
    <message>
        <source>A q8_0 KV cache</source>
        <translation>Ein q8_0-KV-Cache</translation>
    </message>
    <message>
        <source>%1 needs %2 (%3)</source>
        <translation>%1: %2 nötig (%3)</translation>
    </message>
    <message>
        <source> — changes the verdict on the top machine to %1</source>
        <translation> — ändert die Bewertung des erstplatzierten Rechners auf %1</translation>
    </message>
    <message>
        <source>Invalid input: %1</source>
        <translation>Ungültige Eingabe: %1</translation>
    </message>
    <message>
        <source>Out of range: %1</source>
        <translation>Außerhalb des Bereichs: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The catalog cannot be trusted: %1</source>
        <translation>Dem Katalog kann nicht vertraut werden: %1</translation>
    </message>
    <message>
        <source>File error: %1</source>
        <translation>Dateifehler: %1</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>%1 tokens/s (%2–%3)</source>
        <translation>%1 Token/s (%2–%3)</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1K tokens</source>
        <translation>%1K Token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>Good start</source>
        <translation>Guter Einstieg</translation>
    </message>
    <message>
        <source>Best value</source>
        <translation>Bestes Preis-Leistungs-Verhältnis</translation>
    </message>
    <message>
        <source>Power users</source>
        <translation>Power-User</translation>
    </message>
    <message>
        <source>Specialized</source>
        <translation>Spezialisiert</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Runs every workload under the headroom line, fast at its typical depth, first token quickly.</source>
        <translation>Führt jede Aufgabe unter der Reservegrenze aus, schnell bei ihrer typischen Kontexttiefe, erstes Token zügig.</translation>
    </message>
    <message numerus="yes">
        <source>Does not pay for itself within %n year(s).</source>
        <translation>
            <numerusform>Amortisiert sich nicht innerhalb von %n Jahr.</numerusform>
            <numerusform>Amortisiert sich nicht innerhalb von %n Jahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the cheapest complete machine that runs every workload well.</source>
        <translation>%1 ist der günstigste Komplettrechner, der jede Aufgabe gut ausführt.</translation>
    </message>
    <message>
        <source>Discontinued: no longer sold new, and the catalog has no used-market price.</source>
        <translation>Nicht mehr erhältlich: wird nicht mehr neu verkauft, und der Katalog kennt keinen Gebrauchtpreis.</translation>
    </message>
    <message>
        <source>%1: the guide says “%2”; sources say: %3.</source>
        <translation>%1: Der Ratgeber sagt „%2“; die Quellen sagen: %3.</translation>
    </message>
    <message>
        <source>On %1 the plan needs %2, past the %3 macOS lets the GPU use by default: raising the limit to %4 (&quot;%5&quot;) lets the GPU hold it all (%6); macOS and your apps keep %7, and the setting lasts until the next restart.</source>
        <translation>Auf %1 braucht der Plan %2, mehr als die %3, die macOS der GPU standardmäßig zugesteht: Wird die Grenze auf %4 angehoben („%5“), fasst die GPU alles (%6); macOS und Ihre Programme behalten %7, und die Einstellung gilt bis zum nächsten Neustart.</translation>
    </message>
</context>
<context>
    <name>localrig::app::StartupBenchmark</name>
    <message>
        <source>show to first paint</source>
        <translation>vom Anzeigen bis zum ersten Zeichnen</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1: %2 ms</translation>
    </message>
    <message>
        <source>main() to first paint: %1 ms</source>
        <translation>main() bis zum ersten Zeichnen: %1 ms</translation>
    </message>
    <message>
        <source>peak resident memory: %1 MB</source>
        <translation>höchster belegter Arbeitsspeicher: %1 MB</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ArticleListModel</name>
    <message>
        <source>Three shifts</source>
        <translation>Drei Umbrüche</translation>
    </message>
    <message>
        <source>Buying mistakes</source>
        <translation>Kauffehler</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in this article</source>
        <translation>
            <numerusform>%n Treffer in diesem Artikel</numerusform>
            <numerusform>%n Treffer in diesem Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>localrig::ui::CatalogFileDialogs</name>
    <message>
        <source>Import Catalog</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <source>Catalog files (*.json *.csv)</source>
        <translation>Katalogdateien (*.json *.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Es wurde nichts importiert.

%1</translation>
    </message>
    <message>
        <source>Imported %1 machines, %2 models and %3 prices.</source>
        <translation>%1 Rechner, %2 Modelle und %3 Preise importiert.</translation>
    </message>
    <message>
        <source>Export Catalog</source>
        <translation>Katalog exportieren</translation>
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
        <translation>&amp;Rechner zum Vergleichen (2–4)</translation>
    </message>
    <message>
        <source>M&amp;odels of your plan</source>
        <translation>&amp;Modelle Ihres Plans</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>&amp;Stufen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
Filtered out by your budget, vendor or portability choice</source>
        <translation>%1
Ausgefiltert durch Ihre Wahl bei Budget, Hersteller oder Tragbarkeit</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>At most %1 machines side by side; untick one first.</source>
        <translation>Höchstens %1 Rechner nebeneinander; entfernen Sie zuerst einen Haken.</translation>
    </message>
    <message>
        <source>Tick one or more workloads on the Plan page.</source>
        <translation>Kreuzen Sie auf der Seite Planen eine oder mehrere Aufgaben an.</translation>
    </message>
    <message>
        <source>Tick at least %1 machines to compare them.</source>
        <translation>Kreuzen Sie mindestens %1 Rechner an, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Show the plan&apos;s &amp;top machines</source>
        <translation>&amp;Top-Rechner des Plans anzeigen</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
</context>
<context>
    <name>localrig::ui::GuidePage</name>
    <message>
        <source>&amp;Search the guide:</source>
        <translation>Ratgeber &amp;durchsuchen:</translation>
    </message>
    <message>
        <source>Words to find (Ctrl+F)</source>
        <translation>Suchbegriffe (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the articles containing every word. Enter or F3: next hit; Shift+Enter or Shift+F3: previous hit; Escape: clear.</source>
        <translation>Zeigt die Artikel, die jedes Wort enthalten. Eingabe oder F3: nächster Treffer; Umschalt+Eingabe oder Umschalt+F3: vorheriger Treffer; Esc: leeren.</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation>Inhalt des Ratgebers</translation>
    </message>
    <message>
        <source>Guide article</source>
        <translation>Ratgeber-Artikel</translation>
    </message>
    <message>
        <source>No guide articles are installed. Reinstall LocalRig, or import a catalog that includes them.</source>
        <translation>Keine Ratgeber-Artikel installiert. Installieren Sie LocalRig neu oder importieren Sie einen Katalog, der sie enthält.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>No article contains every word.</source>
        <translation>Kein Artikel enthält alle Wörter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) in %1</source>
        <translation>
            <numerusform>%Ln Treffer in %1</numerusform>
            <numerusform>%Ln Treffer in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Hit %1 of %2 in this article</source>
        <translation>Treffer %1 von %2 in diesem Artikel</translation>
    </message>
</context>
<context>
    <name>localrig::ui::HardwarePage</name>
    <message>
        <source>Name or vendor</source>
        <translation>Name oder Hersteller</translation>
    </message>
    <message>
        <source>Memory a model can use: unified or system memory, or VRAM on a discrete GPU.</source>
        <translation>Speicher, den ein Modell nutzen kann: gemeinsamer oder Systemspeicher oder VRAM einer dedizierten GPU.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Context used for the models each machine runs comfortably.</source>
        <translation>Kontext für die Modelle, die jeder Rechner komfortabel ausführt.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Ve&amp;ndor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>&amp;Memory at least:</source>
        <translation>Speicher &amp;mindestens:</translation>
    </message>
    <message>
        <source>F&amp;orm factor:</source>
        <translation>&amp;Bauform:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Add my machine…</source>
        <translation>Meinen Rechner hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Saves your version in your own catalog; the shipped figures stay as they are.</source>
        <translation>Speichert Ihre Version in Ihrem eigenen Katalog; die mitgelieferten Werte bleiben unverändert.</translation>
    </message>
    <message>
        <source>Edit &amp;price…</source>
        <translation>&amp;Preis bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Deletes a machine you added; shipped machines cannot be deleted.</source>
        <translation>Löscht einen von Ihnen hinzugefügten Rechner; mitgelieferte Rechner können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Alle Hersteller</translation>
    </message>
    <message>
        <source>All form factors</source>
        <translation>Alle Bauformen</translation>
    </message>
    <message>
        <source>Your own catalog could not be opened, so nothing can be saved.</source>
        <translation>Ihr eigener Katalog konnte nicht geöffnet werden, daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>Delete machine</source>
        <translation>Rechner löschen</translation>
    </message>
    <message>
        <source>Delete %1 from your catalog? Its prices go with it.</source>
        <translation>%1 aus Ihrem Katalog löschen? Seine Preise werden mitgelöscht.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reads this computer&apos;s memory, CPU and GPU and proposes it as your machine, so you can compare what you have with what you would buy.</source>
        <translation>Liest Speicher, CPU und GPU dieses Computers aus und schlägt ihn als Ihren Rechner vor, damit Sie vergleichen können, was Sie haben und was Sie kaufen würden.</translation>
    </message>
    <message>
        <source>Detect This Computer</source>
        <translation>Diesen Computer erkennen</translation>
    </message>
    <message>
        <source>LocalRig could not read what this computer is.

%1</source>
        <translation>LocalRig konnte nicht erkennen, was für ein Computer dies ist.

%1</translation>
    </message>
    <message>
        <source>Detect This Comp&amp;uter…</source>
        <translation>Diesen &amp;Computer erkennen…</translation>
    </message>
    <message>
        <source>What Runs &amp;Here…</source>
        <translation>&amp;Was läuft hier…</translation>
    </message>
    <message>
        <source>Grades your machine for every workload as the Plan page would, and names the smallest upgrade for each one it does not do well.</source>
        <translation>Bewertet Ihren Rechner für jede Aufgabe so wie die Seite Planen und nennt für jede Aufgabe, die er nicht gut ausführt, das kleinste Upgrade.</translation>
    </message>
    <message>
        <source>Measure Memory Bandwidth</source>
        <translation>Speicherbandbreite messen</translation>
    </message>
    <message>
        <source>LocalRig could not measure this computer&apos;s memory bandwidth.

%1

Type it in the next window instead: the maker&apos;s specification sheet lists it.</source>
        <translation>LocalRig konnte die Speicherbandbreite dieses Computers nicht messen.

%1

Geben Sie sie stattdessen im nächsten Fenster ein: Das Datenblatt des Herstellers nennt sie.</translation>
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
        <translation>Planen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export Recommendation as PDF…</source>
        <translation>Empfehlung als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation>Katalog &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Catalog…</source>
        <translation>Katalog e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About LocalRig</source>
        <translation>Ü&amp;ber LocalRig</translation>
    </message>
    <message numerus="yes">
        <source>Catalog of %1 · %n model(s)</source>
        <translation>
            <numerusform>Katalogstand %1 · %n Modell</numerusform>
            <numerusform>Katalogstand %1 · %n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n machine(s)</source>
        <translation>
            <numerusform> · %n Rechner</numerusform>
            <numerusform> · %n Rechner</numerusform>
        </translation>
    </message>
    <message>
        <source>About LocalRig</source>
        <translation>Über LocalRig</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LocalRig %1&lt;/h3&gt;&lt;p&gt;What hardware you need to run open-weight AI models locally, and what it costs against a cloud API.&lt;/p&gt;&lt;p&gt;Catalog data of %2. Prices change often: check them with the seller before you buy.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LocalRig %1&lt;/h3&gt;&lt;p&gt;Welche Hardware Sie brauchen, um Open-Weight-KI-Modelle lokal auszuführen, und was sie im Vergleich zu einer Cloud-API kostet.&lt;/p&gt;&lt;p&gt;Katalogdaten, Stand %2. Preise ändern sich oft: Prüfen Sie sie vor dem Kauf beim Händler.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Model from GGUF File…</source>
        <translation>&amp;Modell aus GGUF-Datei hinzufügen…</translation>
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
        <translation>Der Katalog enthält keine Quantisierung, mit der sich das Modell bemessen lässt.</translation>
    </message>
    <message>
        <source>all (dense)</source>
        <translation>alle (dicht)</translation>
    </message>
    <message>
        <source>%1 at %2: weights %3 + KV cache and state %4 + runtime %5.</source>
        <translation>%1 bei %2: Gewichte %3 + KV-Cache und Zustand %4 + Runtime %5.</translation>
    </message>
    <message>
        <source>KV cache for %1 parallel sessions.</source>
        <translation>KV-Cache für %1 parallele Sitzungen.</translation>
    </message>
    <message>
        <source>Weights are the measured file size.</source>
        <translation>Die Gewichte entsprechen der gemessenen Dateigröße.</translation>
    </message>
    <message>
        <source>Mixture of experts: all %1 set the memory, the %2 read per token set the speed.
%3</source>
        <translation>Mixture of Experts: Alle %1 bestimmen den Speicher, die %2 pro Token gelesenen das Tempo.
%3</translation>
    </message>
    <message>
        <source>Memory the model needs at %1 and the context chosen above: weights, KV cache and runtime.</source>
        <translation>Speicher, den das Modell bei %1 und dem oben gewählten Kontext braucht: Gewichte, KV-Cache und Runtime.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Needs (%1)</source>
        <translation>Bedarf (%1)</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Video generation</source>
        <translation>Videogenerierung</translation>
    </message>
    <message>
        <source>Image generation</source>
        <translation>Bildgenerierung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Every component resident at its published precision: %1 (transformer or UNet, text encoders, VAE). Activation memory is not sourced, so this is a lower bound. Seconds per image or per video second: not estimated unless a measurement was published.</source>
        <translation>Alle Komponenten in ihrer veröffentlichten Genauigkeit im Speicher: %1 (Transformer oder UNet, Text-Encoder, VAE). Für den Aktivierungsspeicher gibt es keine Quelle, daher ist dies eine Untergrenze. Sekunden pro Bild oder pro Videosekunde: nicht geschätzt, solange keine Messung veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
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
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Decode-Tempo</translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation>Kein Modell ausgewählt</translation>
    </message>
    <message>
        <source>Choose a model in the list to see its footprint and the machines it fits on.</source>
        <translation>Wählen Sie ein Modell in der Liste, um seinen Speicherbedarf und die passenden Rechner zu sehen.</translation>
    </message>
    <message>
        <source>%1 parameters, %2 active per token</source>
        <translation>%1 Parameter, %2 aktiv pro Token</translation>
    </message>
    <message>
        <source>%1 parameters (dense)</source>
        <translation>%1 Parameter (dicht)</translation>
    </message>
    <message>
        <source>trained for %1</source>
        <translation>trainiert für %1</translation>
    </message>
    <message>
        <source>licence %1</source>
        <translation>Lizenz %1</translation>
    </message>
    <message>
        <source>released %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <source>Footprint per &amp;quantization at %1, %2 sessions at once</source>
        <translation>Speicherbedarf je &amp;Quantisierung bei %1, %2 Sitzungen gleichzeitig</translation>
    </message>
    <message>
        <source>Footprint per &amp;quantization at %1</source>
        <translation>Speicherbedarf je &amp;Quantisierung bei %1</translation>
    </message>
    <message>
        <source>Fits &amp;on: choose a quantization</source>
        <translation>Läuft &amp;auf: Quantisierung wählen</translation>
    </message>
    <message>
        <source>Expected decode speed with its likely range (%1).</source>
        <translation>Erwartetes Decode-Tempo mit wahrscheinlicher Spanne (%1).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Fits &amp;on: no catalog machine runs it with headroom (%1, %2)</source>
        <translation>Läuft &amp;auf: kein Katalogrechner mit Reserve (%1, %2)</translation>
    </message>
    <message>
        <source>Fits &amp;on %1 of %2 machines with headroom (%3, %4)</source>
        <translation>Läuft &amp;auf %1 von %2 Rechnern mit Reserve (%3, %4)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ModelImportDialog</name>
    <message>
        <source>Add Model from File</source>
        <translation>Modell aus Datei hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — read from its header only; the file is not copied.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — nur aus dem Header gelesen; die Datei wird nicht kopiert.</translation>
    </message>
    <message>
        <source>Add to your catalog</source>
        <translation>Zum eigenen Katalog hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The quantization the file is in: the model is sized with the file&apos;s exact bytes there, and estimated from bits per weight at the others.</source>
        <translation>Die Quantisierung der Datei: Bei ihr wird das Modell mit den genauen Byte der Datei bemessen, bei den anderen aus Bits pro Gewicht geschätzt.</translation>
    </message>
    <message>
        <source>&amp;Size it as:</source>
        <translation>&amp;Bemessen als:</translation>
    </message>
    <message>
        <source>Offer it as a &amp;workload on the Plan page, at</source>
        <translation>Als &amp;Aufgabe auf der Seite Planen anbieten, mit</translation>
    </message>
    <message>
        <source>Read from the file</source>
        <translation>Aus der Datei gelesen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>%1 (%2 bits per weight)</source>
        <translation>%1 (%2 Bits pro Gewicht)</translation>
    </message>
    <message>
        <source>%1 (your model)</source>
        <translation>%1 (Ihr Modell)</translation>
    </message>
    <message>
        <source>Runs %1, read from %2.</source>
        <translation>Führt %1 aus, gelesen aus %2.</translation>
    </message>
    <message>
        <source>Name: enter the model&apos;s name.</source>
        <translation>Name: Geben Sie den Namen des Modells ein.</translation>
    </message>
    <message>
        <source>Size it as: choose the quantization the file is in.</source>
        <translation>Bemessen als: Wählen Sie die Quantisierung der Datei.</translation>
    </message>
    <message>
        <source>The file type %1 is not in the catalog; choose the closest.</source>
        <translation>Der Dateityp %1 ist nicht im Katalog; wählen Sie den nächstliegenden.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>The file states no exact size: the weights are estimated from %1&apos;s bits per weight.</source>
        <translation>Die Datei nennt keine genaue Größe: Die Gewichte werden aus den Bits pro Gewicht von %1 geschätzt.</translation>
    </message>
    <message>
        <source>The file is %1: its exact %2 GB of weights are used at %3.</source>
        <translation>Die Datei ist %1: Ihre genauen %2 GB an Gewichten gelten für %3.</translation>
    </message>
    <message>
        <source>The file&apos;s exact %1 GB of weights are recorded at %2 (file type %3).</source>
        <translation>Die genauen %1 GB an Gewichten der Datei werden für %2 hinterlegt (Dateityp %3).</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Replaces your model of the same name.</source>
        <translation>Ersetzt Ihr Modell gleichen Namens.</translation>
    </message>
    <message>
        <source>Could not add the model</source>
        <translation>Modell konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ModelsPage</name>
    <message>
        <source>Name, family or developer</source>
        <translation>Name, Familie oder Entwickler</translation>
    </message>
    <message>
        <source>Keep the models whose footprint stays under the headroom line of a unified-memory machine of this size, at the context chosen here.</source>
        <translation>Zeigt die Modelle, deren Speicherbedarf beim hier gewählten Kontext unter der Reservegrenze eines Rechners mit gemeinsamem Speicher dieser Größe bleibt.</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Beliebige Größe</translation>
    </message>
    <message>
        <source>Tokens held in the KV cache: sets the KV-cache share of every footprint.</source>
        <translation>Token im KV-Cache: bestimmt den KV-Cache-Anteil jedes Speicherbedarfs.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Fami&amp;ly:</source>
        <translation>&amp;Familie:</translation>
    </message>
    <message>
        <source>Fits comfortably &amp;in:</source>
        <translation>Passt komfortabel &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Alle Familien</translation>
    </message>
    <message>
        <source>&amp;Add Model from GGUF File…</source>
        <translation>Modell aus GGUF-Datei &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Reads a .gguf file&apos;s header (or a Hugging Face config.json) and adds the model to your catalog, sized exactly like the file.</source>
        <translation>Liest den Header einer .gguf-Datei (oder eine Hugging-Face-config.json) und fügt das Modell Ihrem Katalog hinzu, genau wie die Datei bemessen.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Deletes a model you added; shipped models cannot be deleted.</source>
        <translation>Löscht ein von Ihnen hinzugefügtes Modell; mitgelieferte Modelle können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Add Model from GGUF File</source>
        <translation>Modell aus GGUF-Datei hinzufügen</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf);;Hugging Face config (config.json);;All files (*)</source>
        <translation>GGUF-Dateien (*.gguf);;Hugging-Face-Konfiguration (config.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a model file, so nothing was added.

%2</source>
        <translation>%1 kann nicht als Modelldatei gelesen werden, daher wurde nichts hinzugefügt.

%2</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <source>Delete %1 from your catalog? Its file size and its Plan workload go with it.</source>
        <translation>%1 aus Ihrem Katalog löschen? Seine Dateigröße und seine Plan-Aufgabe werden mitgelöscht.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>localrig::ui::NumberField</name>
    <message>
        <source>Enter a number from %1 to %2; the last valid value is still used.</source>
        <translation>Geben Sie eine Zahl von %1 bis %2 ein; der letzte gültige Wert gilt weiter.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlanInputsPanel</name>
    <message>
        <source>&amp;Workloads</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>Tick the work you want to run locally.</source>
        <translation>Kreuzen Sie an, was Sie lokal ausführen möchten.</translation>
    </message>
    <message>
        <source>Workload default</source>
        <translation>Standard der Aufgabe</translation>
    </message>
    <message>
        <source>%1K tokens</source>
        <translation>%1K Token</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>Parallel &amp;agents:</source>
        <translation>Parallele A&amp;genten:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>&amp;Budget (USD):</source>
        <translation>&amp;Budget (USD):</translation>
    </message>
    <message>
        <source>Any vendor</source>
        <translation>Beliebiger Hersteller</translation>
    </message>
    <message>
        <source>&amp;Portable only</source>
        <translation>Nur &amp;tragbare Rechner</translation>
    </message>
    <message>
        <source>API &amp;spend per month (USD):</source>
        <translation>API-Ausgaben pro &amp;Monat (USD):</translation>
    </message>
    <message>
        <source>Ven&amp;dor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>Electricity (USD/&amp;kWh):</source>
        <translation>Strom (USD/&amp;kWh):</translation>
    </message>
    <message>
        <source>Hours of &amp;use per day:</source>
        <translation>&amp;Nutzungsstunden pro Tag:</translation>
    </message>
    <message>
        <source>&amp;Run the workloads at the same time</source>
        <translation>Aufgaben g&amp;leichzeitig ausführen</translation>
    </message>
    <message>
        <source>Off: the machine must run the largest workload, one at a time. On: every ticked workload is loaded at once, so memory adds up and they share the memory bandwidth.</source>
        <translation>Aus: Der Rechner muss die größte Aufgabe ausführen, eine nach der anderen. An: Alle angekreuzten Aufgaben werden gleichzeitig geladen, daher addiert sich der Speicherbedarf, und sie teilen sich die Speicherbandbreite.</translation>
    </message>
    <message>
        <source>I have a desktop PC for a &amp;graphics card</source>
        <translation>Ich habe einen Desktop-PC für eine G&amp;rafikkarte</translation>
    </message>
    <message>
        <source>On: graphics cards are priced alone. Off: each card is priced with the desktop PC it needs around it.</source>
        <translation>An: Grafikkarten werden einzeln bepreist. Aus: Jede Karte wird mit dem Desktop-PC bepreist, den sie drumherum braucht.</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1K</translation>
    </message>
    <message>
        <source>Workload default (%1)</source>
        <translation>Standard der Aufgabe (%1)</translation>
    </message>
    <message>
        <source>Each workload&apos;s own (%1–%2)</source>
        <translation>Je nach Aufgabe (%1–%2)</translation>
    </message>
    <message numerus="yes">
        <source>Workload default (%n agent(s))</source>
        <translation>
            <numerusform>Standard der Aufgabe (%n Agent)</numerusform>
            <numerusform>Standard der Aufgabe (%n Agenten)</numerusform>
        </translation>
    </message>
    <message>
        <source>A context chosen here applies to every ticked workload.</source>
        <translation>Ein hier gewählter Kontext gilt für jede angekreuzte Aufgabe.</translation>
    </message>
    <message>
        <source>A number chosen here applies to every ticked workload.</source>
        <translation>Eine hier gewählte Anzahl gilt für jede angekreuzte Aufgabe.</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlanPage</name>
    <message>
        <source>From the guide</source>
        <translation>Aus dem Ratgeber</translation>
    </message>
    <message>
        <source>If you change the plan</source>
        <translation>Wenn Sie den Plan ändern</translation>
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
        <translation>%1: Die GPU hat keinen eigenen Speicher.</translation>
    </message>
    <message>
        <source>Newest dated price: %1 (%2, %3).
%4</source>
        <translation>Neuester datierter Preis: %1 (%2, %3).
%4</translation>
    </message>
    <message>
        <source>Dense FP16 tensor throughput; sets prefill speed.
%1</source>
        <translation>Dichter FP16-Tensor-Durchsatz; bestimmt das Prefill-Tempo.
%1</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Form factor</source>
        <translation>Bauform</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>FP16</source>
        <translation>FP16</translation>
    </message>
    <message>
        <source>Load power</source>
        <translation>Leistungsaufnahme</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Mini PC</source>
        <translation>Mini-PC</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Grafikkarte</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Unified memory</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>Discrete GPU</source>
        <translation>Dedizierte GPU</translation>
    </message>
    <message>
        <source>System memory (CPU only)</source>
        <translation>Systemspeicher (nur CPU)</translation>
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
        <translation>Nicht veröffentlicht: Keine Quelle im Katalog nennt diesen Wert.</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>Einführungspreis</translation>
    </message>
    <message>
        <source>later list</source>
        <translation>späterer Listenpreis</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straßenpreis</translation>
    </message>
    <message>
        <source>the guide&apos;s figure</source>
        <translation>Angabe des Ratgebers</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <comment>price date</comment>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>Preisdatum</translation>
    </message>
    <message>
        <source>Stale: this price dates from %1, more than six months ago. Check it with the seller.</source>
        <translation>Veraltet: Dieser Preis stammt von %1, vor mehr als sechs Monaten. Prüfen Sie ihn beim Händler.</translation>
    </message>
    <message>
        <source>announced, no price</source>
        <translation>angekündigt, kein Preis</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlatformDetailsPanel</name>
    <message>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bandbreite:</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>Rechenleistung:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Leistung:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Price histor&amp;y</source>
        <translation>&amp;Preisverlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Decode-Tempo</translation>
    </message>
    <message>
        <source>No machine selected</source>
        <translation>Kein Rechner ausgewählt</translation>
    </message>
    <message>
        <source>Choose a machine in the list to see its figures, prices and the models it runs.</source>
        <translation>Wählen Sie einen Rechner in der Liste, um seine Werte, Preise und die Modelle zu sehen, die er ausführt.</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably</source>
        <translation>Läuft &amp;komfortabel</translation>
    </message>
    <message>
        <source>portable</source>
        <translation>tragbar</translation>
    </message>
    <message>
        <source>not portable</source>
        <translation>nicht tragbar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 VRAM, %2 system RAM</source>
        <translation>%1 VRAM, %2 System-RAM</translation>
    </message>
    <message>
        <source>%1 (system RAM %2)</source>
        <translation>%1 (System-RAM %2)</translation>
    </message>
    <message>
        <source>%1 FP16</source>
        <translation>%1 FP16</translation>
    </message>
    <message>
        <source>%1 under load</source>
        <translation>%1 unter Last</translation>
    </message>
    <message>
        <source>%1, %2 idle</source>
        <translation>%1, %2 im Leerlauf</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably: the catalog holds no quantization</source>
        <translation>Läuft &amp;komfortabel: Der Katalog enthält keine Quantisierung</translation>
    </message>
    <message>
        <source>Expected decode speed with its likely range (%1).</source>
        <translation>Erwartetes Decode-Tempo mit wahrscheinlicher Spanne (%1).</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably: no catalog model at %1 and %2</source>
        <translation>Läuft &amp;komfortabel: kein Katalogmodell bei %1 und %2</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably: %1 models at %2 and %3</source>
        <translation>Läuft &amp;komfortabel: %1 Modelle bei %2 und %3</translation>
    </message>
    <message>
        <source>Your machine</source>
        <translation>Ihr Rechner</translation>
    </message>
    <message>
        <source>%1 unified memory</source>
        <translation>%1 gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>%1 system memory (CPU only)</source>
        <translation>%1 Systemspeicher (nur CPU)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1, dated %2 (stale)</source>
        <translation>%1, Stand %2 (veraltet)</translation>
    </message>
    <message>
        <source>%1, dated %2</source>
        <translation>%1, Stand %2</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Measured on th&amp;is machine</source>
        <translation>Auf d&amp;iesem Rechner gemessen</translation>
    </message>
    <message>
        <source>Measured on th&amp;is machine: no published run in the catalog</source>
        <translation>Auf d&amp;iesem Rechner gemessen: kein veröffentlichter Lauf im Katalog</translation>
    </message>
    <message>
        <source>Measured on th&amp;is machine (llama.cpp, one sequence)</source>
        <translation>Auf d&amp;iesem Rechner gemessen (llama.cpp, eine Sequenz)</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlatformEditorDialog</name>
    <message>
        <source>Edit price</source>
        <translation>Preis bearbeiten</translation>
    </message>
    <message>
        <source>Edit machine</source>
        <translation>Rechner bearbeiten</translation>
    </message>
    <message>
        <source>Add my machine</source>
        <translation>Meinen Rechner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Price (USD):</source>
        <translation>&amp;Preis (USD):</translation>
    </message>
    <message>
        <source>Price (USD)</source>
        <translation>Preis (USD)</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>&amp;Form factor:</source>
        <translation>&amp;Bauform:</translation>
    </message>
    <message>
        <source>Memory &amp;kind:</source>
        <translation>Speicher&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>Bac&amp;kend:</translation>
    </message>
    <message>
        <source>&amp;Memory (GB):</source>
        <translation>&amp;Speicher (GB):</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Speicher (GB)</translation>
    </message>
    <message>
        <source>Unified memory, or the system RAM next to a discrete GPU, as marketed.</source>
        <translation>Gemeinsamer Speicher oder der System-RAM neben einer dedizierten GPU, laut Hersteller.</translation>
    </message>
    <message>
        <source>VR&amp;AM (GB):</source>
        <translation>&amp;VRAM (GB):</translation>
    </message>
    <message>
        <source>VRAM (GB)</source>
        <translation>VRAM (GB)</translation>
    </message>
    <message>
        <source>The discrete GPU&apos;s own memory.</source>
        <translation>Der eigene Speicher der dedizierten GPU.</translation>
    </message>
    <message>
        <source>Band&amp;width (GB/s):</source>
        <translation>Ban&amp;dbreite (GB/s):</translation>
    </message>
    <message>
        <source>Bandwidth (GB/s)</source>
        <translation>Bandbreite (GB/s)</translation>
    </message>
    <message>
        <source>Memory bandwidth of the pool the model runs from; sets decode speed.</source>
        <translation>Bandbreite des Speichers, aus dem das Modell läuft; bestimmt das Decode-Tempo.</translation>
    </message>
    <message>
        <source>FP16 &amp;TFLOPS:</source>
        <translation>FP16-&amp;TFLOPS:</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16-TFLOPS</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Load power (W):</source>
        <translation>&amp;Leistung unter Last (W):</translation>
    </message>
    <message>
        <source>Load power (W)</source>
        <translation>Leistung unter Last (W)</translation>
    </message>
    <message>
        <source>P&amp;ortable (a laptop, or a machine you carry)</source>
        <translation>T&amp;ragbar (ein Laptop oder ein Rechner, den Sie mitnehmen)</translation>
    </message>
    <message>
        <source>Back to the values this dialog opened with.</source>
        <translation>Zurück zu den Werten beim Öffnen dieses Dialogs.</translation>
    </message>
    <message>
        <source>Name: enter the machine&apos;s name.</source>
        <translation>Name: Geben Sie den Namen des Rechners ein.</translation>
    </message>
    <message>
        <source>Vendor: enter who makes the machine, for example Apple.</source>
        <translation>Hersteller: Geben Sie ein, wer den Rechner herstellt, zum Beispiel Apple.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Form factor: choose what kind of machine this is.</source>
        <translation>Bauform: Wählen Sie, was für ein Rechner das ist.</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Electricity price (USD/kWh):</source>
        <translation>&amp;Strompreis (USD/kWh):</translation>
    </message>
    <message>
        <source>Default: %1 USD/kWh, the 2024 US residential average (EIA).</source>
        <translation>Standard: %1 USD/kWh, der US-Durchschnitt für Privathaushalte 2024 (EIA).</translation>
    </message>
    <message>
        <source>Hours of &amp;use per day:</source>
        <translation>&amp;Nutzungsstunden pro Tag:</translation>
    </message>
    <message>
        <source>f16 — full precision (default)</source>
        <translation>f16 — volle Genauigkeit (Standard)</translation>
    </message>
    <message>
        <source>q8_0 — about half the memory</source>
        <translation>q8_0 — etwa halber Speicher</translation>
    </message>
    <message>
        <source>q4_0 — about a quarter, some quality loss</source>
        <translation>q4_0 — etwa ein Viertel, etwas Qualitätsverlust</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Bemessung</translation>
    </message>
    <message>
        <source>&amp;Headroom:</source>
        <translation>&amp;Reservegrenze:</translation>
    </message>
    <message>
        <source>The share of memory a model may fill before a machine counts as tight. The guide recommends %1–%2.</source>
        <translation>Der Speicheranteil, den ein Modell füllen darf, bevor ein Rechner als knapp gilt. Der Ratgeber empfiehlt %1–%2.</translation>
    </message>
    <message>
        <source>&amp;KV-cache type:</source>
        <translation>&amp;KV-Cache-Typ:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Takes effect after LocalRig restarts.</source>
        <translation>Wird nach einem Neustart von LocalRig wirksam.</translation>
    </message>
    <message>
        <source>E&amp;xchange rate (%1 per USD):</source>
        <translation>We&amp;chselkurs (%1 je USD):</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>E&amp;xchange rate:</source>
        <translation>We&amp;chselkurs:</translation>
    </message>
    <message>
        <source>Not needed: the catalog&apos;s prices are in US dollars.</source>
        <translation>Nicht nötig: Die Katalogpreise sind in US-Dollar.</translation>
    </message>
    <message>
        <source>How many %1 one US dollar buys. LocalRig never looks up or guesses exchange rates.</source>
        <translation>Wie viele %1 man für einen US-Dollar bekommt. LocalRig ruft nie Wechselkurse ab und schätzt sie nie.</translation>
    </message>
    <message>
        <source>Rate you entered on %1.</source>
        <translation>Von Ihnen eingegebener Kurs vom %1.</translation>
    </message>
    <message>
        <source>Rate you entered; its date is unknown.</source>
        <translation>Von Ihnen eingegebener Kurs; Datum unbekannt.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Bewertungen</translation>
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
        <translation>gemessen</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Effective bits per weight, scales and mixed tensors included.</source>
        <translation>Effektive Bits pro Gewicht, inklusive Skalen und gemischter Tensoren.</translation>
    </message>
    <message>
        <source>Measured file size of the %1 download.
%2</source>
        <translation>Gemessene Dateigröße des %1-Downloads.
%2</translation>
    </message>
    <message>
        <source>Estimated: total parameters × %1 bits per weight ÷ 8.
Parameters: %2</source>
        <translation>Geschätzt: Gesamtparameter × %1 Bits pro Gewicht ÷ 8.
Parameter: %2</translation>
    </message>
    <message>
        <source>KV cache at %1, sessions at once: %2; plus any fixed attention state (%3).</source>
        <translation>KV-Cache bei %1, gleichzeitige Sitzungen: %2; plus ggf. fester Attention-Zustand (%3).</translation>
    </message>
    <message>
        <source>Weights %1 + KV cache and state %2 + runtime and buffers %3, at %4.</source>
        <translation>Gewichte %1 + KV-Cache und Zustand %2 + Runtime und Puffer %3, bei %4.</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bits/Gewicht</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>verdict · memory fit</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Memory: needs %1; stays under %2 on this machine.</source>
        <translation>Speicher: braucht %1; bleibt auf diesem Rechner unter %2.</translation>
    </message>
    <message>
        <source>Speed: no estimate, so the fit alone decides.</source>
        <translation>Tempo: keine Schätzung, daher entscheidet allein, ob das Modell passt.</translation>
    </message>
    <message>
        <source>Speed: %1, at least twice reading speed (%2).</source>
        <translation>Tempo: %1, mindestens das doppelte Lesetempo (%2).</translation>
    </message>
    <message>
        <source>Speed: %1, under the %2 a session needs to feel responsive, or the first token takes too long.</source>
        <translation>Tempo: %1, unter den %2, die eine Sitzung braucht, um flüssig zu wirken, oder das erste Token dauert zu lange.</translation>
    </message>
    <message>
        <source>Speed: %1, at or above the %2 minimum.</source>
        <translation>Tempo: %1, auf oder über dem Minimum von %2.</translation>
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
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>%1
At the start of a session: %2
With every session&apos;s context full: %3</source>
        <translation>%1
Zu Beginn einer Sitzung: %2
Mit vollem Kontext in jeder Sitzung: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Price
(complete)</source>
        <translation>Preis
(komplett)</translation>
    </message>
    <message>
        <source>Decode, tokens/s
start → full</source>
        <translation>Decode, Token/s
Beginn → voll</translation>
    </message>
    <message>
        <source>First
token</source>
        <translation>Erstes
Token</translation>
    </message>
    <message>
        <source>%1 · advanced</source>
        <translation>%1 · fortgeschritten</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ThisComputerGradesDialog</name>
    <message>
        <source>VRAM %1; system RAM %2, measured on this computer, %3</source>
        <translation>VRAM %1; System-RAM %2, auf diesem Computer gemessen, %3</translation>
    </message>
    <message>
        <source>Memory bandwidth %1, measured on this computer, %2</source>
        <translation>Speicherbandbreite %1, auf diesem Computer gemessen, %2</translation>
    </message>
    <message>
        <source>Memory bandwidth %1, as entered (not measured)</source>
        <translation>Speicherbandbreite %1, wie eingegeben (nicht gemessen)</translation>
    </message>
    <message>
        <source>What Runs on This Computer</source>
        <translation>Was auf diesem Computer läuft</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>The workloads could not be graded: %1</source>
        <translation>Die Aufgaben konnten nicht bewertet werden: %1</translation>
    </message>
    <message>
        <source>Grades as on the Plan page with its default inputs (headroom %1 %, F16 KV cache), one workload at a time. Good or Great here: %2 of %3 workloads. The smallest upgrade is the cheapest complete system in the catalog that makes the workload Good or Great.</source>
        <translation>Bewertet wie auf der Seite Planen mit deren Standardeingaben (Reserve %1 %, F16-KV-Cache), eine Aufgabe nach der anderen. „Gut“ oder „Sehr gut“ hier: %2 von %3 Aufgaben. Das kleinste Upgrade ist das günstigste Komplettsystem im Katalog, mit dem die Aufgabe „Gut“ oder „Sehr gut“ wird.</translation>
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
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>no priced machine in the catalog does it</source>
        <translation>kein Rechner mit Preis im Katalog schafft das</translation>
    </message>
    <message>
        <source>Needs %1 resident.</source>
        <translation>Braucht %1 im Speicher.</translation>
    </message>
    <message>
        <source>%1: %2 for %3 (%4).</source>
        <translation>%1: %2 für %3 (%4).</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Grade here</source>
        <translation>Bewertung hier</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Speed here</source>
        <translation>Tempo hier</translation>
    </message>
    <message>
        <source>Smallest upgrade</source>
        <translation>Kleinstes Upgrade</translation>
    </message>
    <message>
        <source>Grade there</source>
        <translation>Bewertung dort</translation>
    </message>
    <message>
        <source>Upgrade price</source>
        <translation>Upgrade-Preis</translation>
    </message>
</context>
<context>
    <name>localrig::ui::TierCard</name>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Also good</source>
        <translation>Ebenfalls gut</translation>
    </message>
</context>
<context>
    <name>localrig::ui::TierCardsRow</name>
    <message>
        <source>Recommended for your plan.</source>
        <translation>Für Ihren Plan empfohlen.</translation>
    </message>
    <message>
        <source>Recommended for your plan. %1</source>
        <translation>Für Ihren Plan empfohlen. %1</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
</context>
<context>
    <name>localrig::ui::TrainingInputs</name>
    <message>
        <source>Fine-tuning</source>
        <translation>Fine-Tuning</translation>
    </message>
    <message>
        <source>LoRA (16-bit base)</source>
        <translation>LoRA (16-Bit-Basis)</translation>
    </message>
    <message>
        <source>QLoRA (4-bit base)</source>
        <translation>QLoRA (4-Bit-Basis)</translation>
    </message>
    <message>
        <source>Full fine-tuning</source>
        <translation>Volles Fine-Tuning</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>M&amp;ethode:</translation>
    </message>
    <message>
        <source>LoRA &amp;rank:</source>
        <translation>L&amp;oRA-Rang:</translation>
    </message>
    <message>
        <source>Micro-&amp;batch:</source>
        <translation>M&amp;icro-Batch:</translation>
    </message>
    <message>
        <source>Workload default</source>
        <translation>Standard der Aufgabe</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>Se&amp;quence length:</source>
        <translation>Se&amp;quenzlänge:</translation>
    </message>
    <message>
        <source>Gradient &amp;checkpointing</source>
        <translation>Gradient-&amp;Checkpointing</translation>
    </message>
    <message>
        <source>On: each layer&apos;s activations are recomputed in the backward pass, which saves memory and costs time.</source>
        <translation>An: Die Aktivierungen jeder Schicht werden im Rückwärtsdurchlauf neu berechnet; das spart Speicher und kostet Zeit.</translation>
    </message>
    <message>
        <source>&amp;Dataset (million tokens):</source>
        <translation>&amp;Datensatz (Millionen Token):</translation>
    </message>
</context>
</TS>
