<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BandwidthMeasurement</name>
    <message>
        <source>No way to measure was given.</source>
        <translation>Aucun moyen de mesure n’a été fourni.</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s memory bandwidth (about 2 seconds)…</source>
        <translation>Mesure de la bande passante mémoire de cet ordinateur (environ 2 secondes)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Measuring Memory Bandwidth</source>
        <translation>Mesure de la bande passante mémoire</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>The measurement did not end.</source>
        <translation>La mesure ne s’est pas terminée.</translation>
    </message>
    <message>
        <source>No pass over the memory completed.</source>
        <translation>Aucune passe sur la mémoire n’a abouti.</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Time the catalog load and the recalculations the window does on each change.</source>
        <translation>Chronométrer le chargement du catalogue et les recalculs que fait la fenêtre à chaque modification.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher une sortie JSON lisible par machine.</translation>
    </message>
    <message>
        <source>Timed repetitions per figure (default 21).</source>
        <translation>Répétitions chronométrées par mesure (21 par défaut).</translation>
    </message>
    <message>
        <source>localrig bench: %1</source>
        <translation>localrig bench : %1</translation>
    </message>
    <message>
        <source>localrig bench: --runs must be a whole number from 1 to 10000</source>
        <translation>localrig bench : --runs doit être un nombre entier de 1 à 10000</translation>
    </message>
    <message>
        <source>Catalog load: %1 ms</source>
        <translation>Chargement du catalogue : %1 ms</translation>
    </message>
    <message>
        <source>%1x catalog (%2 models, %3 machines): every model x quantization x machine (%4 cells) in %5 ms (%6 ns a cell); Plan page recalculation %7 ms</source>
        <translation>Catalogue ×%1 (%2 modèles, %3 machines) : chaque modèle x quantification x machine (%4 cellules) en %5 ms (%6 ns par cellule) ; recalcul de la page Planifier %7 ms</translation>
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
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Trop grand</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>hors budget</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>not portable</source>
        <translation>pas portable</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>pas de prix</translation>
    </message>
    <message>
        <source>needs %1, %2 usable</source>
        <translation>besoin : %1, %2 utilisables</translation>
    </message>
    <message>
        <source>under %1 tokens/s when %2 fills</source>
        <translation>moins de %1 tokens/s une fois les %2 remplis</translation>
    </message>
    <message>
        <source>first token after %1</source>
        <translation>premier token après %1</translation>
    </message>
    <message>
        <source>tight: needs %1, %2 with headroom</source>
        <translation>serré : besoin de %1, %2 sous le seuil de marge</translation>
    </message>
    <message>
        <source>%1 % of the weights in system RAM</source>
        <translation>%1 % des poids en RAM système</translation>
    </message>
    <message>
        <source>%1 tokens/s at %2 deep</source>
        <translation>%1 tokens/s à %2 de profondeur</translation>
    </message>
    <message>
        <source>first-token time unknown</source>
        <translation>délai du premier token inconnu</translation>
    </message>
    <message>
        <source>fast, with headroom</source>
        <translation>rapide, avec de la marge</translation>
    </message>
    <message>
        <source>fast, with headroom; no price</source>
        <translation>rapide, avec de la marge ; pas de prix</translation>
    </message>
    <message>
        <source>A graphics card needs a desktop PC around it: %1 adds %2 to the card&apos;s %3.</source>
        <translation>Une carte graphique a besoin d’un PC de bureau autour d’elle : %1 ajoute %2 aux %3 de la carte.</translation>
    </message>
    <message>
        <source>Priced as the card alone (%1), since your desktop PC takes it.</source>
        <translation>Prix de la carte seule (%1), puisque votre PC de bureau peut l’accueillir.</translation>
    </message>
    <message>
        <source>No host PC in the catalog has a power supply sized for this card&apos;s %1 W.</source>
        <translation>Aucun PC hôte du catalogue n’a d’alimentation dimensionnée pour les %1 W de cette carte.</translation>
    </message>
    <message>
        <source>%1 falls to about %2 when %3 fill the context, under the %4 minimum.</source>
        <translation>%1 tombe à environ %2 quand %3 remplissent le contexte, sous le minimum de %4.</translation>
    </message>
    <message>
        <source>%1 reads a %2 prompt for about %3 before the first token, over %4.</source>
        <translation>%1 lit un prompt de %2 pendant environ %3 avant le premier token, au-delà de %4.</translation>
    </message>
    <message>
        <source>%1 takes about %2 to the first token for a %3 prompt (Great needs %4 or less).</source>
        <translation>%1 met environ %2 à produire le premier token pour un prompt de %3 («&#xa0;Excellent&#xa0;» exige %4 ou moins).</translation>
    </message>
    <message>
        <source>%1 decodes at about %2 with %3 in the context (Great needs %4).</source>
        <translation>%1 décode à environ %2 avec %3 dans le contexte («&#xa0;Excellent&#xa0;» exige %4).</translation>
    </message>
    <message>
        <source>No published compute figure for this machine, so the first-token time of %1 is not estimated.</source>
        <translation>Aucune puissance de calcul publiée pour cette machine : le délai du premier token de %1 n’est donc pas estimé.</translation>
    </message>
    <message>
        <source>The complete system&apos;s price is unknown, so it has no break-even and cannot be the answer.</source>
        <translation>Le prix du système complet est inconnu : sans seuil de rentabilité, cette machine ne peut pas être la réponse.</translation>
    </message>
    <message>
        <source>Only slow machines run this plan; the best of them is %1.</source>
        <translation>Seules des machines lentes exécutent ce plan ; la meilleure d’entre elles est %1.</translation>
    </message>
    <message>
        <source>Only machines without a known price run this plan well, such as %1.</source>
        <translation>Seules des machines sans prix connu exécutent bien ce plan, comme %1.</translation>
    </message>
    <message>
        <source>%1 costs less (%2) and has the memory, but is too slow for this plan; see its row.</source>
        <translation>%1 coûte moins cher (%2) et a assez de mémoire, mais sa vitesse est insuffisante pour ce plan ; voir sa ligne.</translation>
    </message>
    <message>
        <source>~%1 (guide)</source>
        <translation>~%1 (guide)</translation>
    </message>
    <message>
        <source>%1 with PC</source>
        <translation>%1 avec PC</translation>
    </message>
    <message>
        <source>%1 card only</source>
        <translation>%1, carte seule</translation>
    </message>
    <message>
        <source>not within 10 years</source>
        <translation>pas en moins de 10 ans</translation>
    </message>
    <message>
        <source>unknown (no price)</source>
        <translation>inconnue (pas de prix)</translation>
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
        <translation>ne tient pas</translation>
    </message>
    <message>
        <source>as %1 × %2 fill</source>
        <translation>à mesure que %1 × %2 se remplissent</translation>
    </message>
    <message>
        <source>as %1 fills</source>
        <translation>à mesure que %1 se remplit</translation>
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
        <translation>&lt;b&gt;Excellent&lt;/b&gt; : tient sous le seuil de marge, décode à %1 ou plus avec la moitié du contexte remplie (le double des %2 d’un lecteur rapide) et affiche le premier token en %3 au plus (la limite du maintien de l’attention, Nielsen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Good&lt;/b&gt;: fits, and stays at or above %1 when every session&apos;s context is full.</source>
        <translation>&lt;b&gt;Bon&lt;/b&gt; : tient, et reste à %1 ou plus quand le contexte de chaque session est plein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slow&lt;/b&gt;: fits, but falls under %1 when the context fills, or takes over %2 to the first token.</source>
        <translation>&lt;b&gt;Lent&lt;/b&gt; : tient, mais passe sous %1 quand le contexte se remplit, ou met plus de %2 à produire le premier token.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Too large&lt;/b&gt;: does not fit under the headroom line (on a Mac, the memory the GPU may use without changing system settings).</source>
        <translation>&lt;b&gt;Trop grand&lt;/b&gt; : ne tient pas sous le seuil de marge (sur un Mac, la mémoire que le GPU peut utiliser sans modifier les réglages système).</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>plus commercialisé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>training time unknown</source>
        <translation>durée d’entraînement inconnue</translation>
    </message>
    <message>
        <source>CPU only: not sized for fine-tuning</source>
        <translation>CPU seul : non dimensionné pour le fine-tuning</translation>
    </message>
    <message>
        <source>fits for training, with headroom</source>
        <translation>tient pour l’entraînement, avec de la marge</translation>
    </message>
    <message>
        <source>fits for training, with headroom; no price</source>
        <translation>tient pour l’entraînement, avec de la marge ; pas de prix</translation>
    </message>
    <message>
        <source>No published 16-bit compute figure for this machine, so the fine-tuning time of %1 is not estimated.</source>
        <translation>Aucune puissance de calcul 16 bits publiée pour cette machine : la durée du fine-tuning de %1 n’est donc pas estimée.</translation>
    </message>
    <message>
        <source>A CPU-only machine is not sized for fine-tuning %1: the training estimate assumes a GPU or unified memory.</source>
        <translation>Une machine à CPU seul n’est pas dimensionnée pour le fine-tuning de %1 : l’estimation d’entraînement suppose un GPU ou une mémoire unifiée.</translation>
    </message>
    <message>
        <source>Within your budget and preferences only slow machines run this plan; the best of them is %1.</source>
        <translation>Dans votre budget et vos préférences, seules des machines lentes exécutent ce plan ; la meilleure d’entre elles est %1.</translation>
    </message>
    <message>
        <source>No machine within your budget and preferences runs this plan well; the cheapest that does is %1 at %2.</source>
        <translation>Aucune machine dans votre budget et vos préférences n’exécute bien ce plan ; la moins chère qui y parvient est %1 à %2.</translation>
    </message>
</context>
<context>
    <name>CalibrateCommand</name>
    <message>
        <source>%1 rows: %2 used for decode, %3 for prefill</source>
        <translation>%1 lignes : %2 utilisées pour le décodage, %3 pour le préremplissage</translation>
    </message>
    <message>
        <source>  %1 %2 %3  band %4-%5  rows %6%7</source>
        <translation>  %1 %2 %3  plage %4-%5  lignes %6%7</translation>
    </message>
    <message>
        <source>Kernel factors (multiply the efficiency)</source>
        <translation>Facteurs de noyau (multiplient l’efficacité)</translation>
    </message>
    <message>
        <source>  %1 %2  rows %3</source>
        <translation>  %1 %2  lignes %3</translation>
    </message>
    <message>
        <source>Prefill efficiency (share of dense FP16 tensor FLOPS)</source>
        <translation>Efficacité de préremplissage (part des FLOPS tensoriels FP16 denses)</translation>
    </message>
    <message>
        <source>  %1 %2  band %3-%4  rows %5%6</source>
        <translation>  %1 %2  plage %3-%4  lignes %5%6</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>  prefill: %n row(s) on hardware without sourced FP16 FLOPS (not fitted)</source>
        <translation>
            <numerusform>  préremplissage : %n ligne sur du matériel sans FLOPS FP16 sourcés (non ajustée)</numerusform>
            <numerusform>  préremplissage : %n lignes sur du matériel sans FLOPS FP16 sourcés (non ajustées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit the speed constants to a measurements CSV; print them and the residuals.</source>
        <translation>Ajuster les constantes de vitesse à un CSV de mesures ; afficher les constantes et les résidus.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher une sortie JSON lisible par machine.</translation>
    </message>
    <message>
        <source>Write the constants file (speed-calibration.csv).</source>
        <translation>Écrire le fichier de constantes (speed-calibration.csv).</translation>
    </message>
    <message>
        <source>Date of the data for the file header (default: the file&apos;s date).</source>
        <translation>Date des données pour l’en-tête du fichier (par défaut : la date du fichier).</translation>
    </message>
    <message>
        <source>localrig calibrate: %1</source>
        <translation>localrig calibrate : %1</translation>
    </message>
    <message>
        <source>localrig calibrate: --data FILE is required (and nothing else)</source>
        <translation>localrig calibrate : --data FILE est requis (et rien d’autre)</translation>
    </message>
    <message>
        <source>localrig calibrate: %1: %2</source>
        <translation>localrig calibrate : %1 : %2</translation>
    </message>
    <message>
        <source>Time per layer per token: %1 us; fixed time per token: %2 ms; KV bytes cost x%3</source>
        <translation>Temps par couche et par token : %1 us ; temps fixe par token : %2 ms ; coût des octets KV x%3</translation>
    </message>
    <message>
        <source>  (no rows: the global value)</source>
        <translation>  (aucune ligne : la valeur globale)</translation>
    </message>
    <message>
        <source>  (no rows: the global value, or the default)</source>
        <translation>  (aucune ligne : la valeur globale, ou la valeur par défaut)</translation>
    </message>
    <message>
        <source>Residuals of the fit (line, measured, predicted tokens/s, ratio)</source>
        <translation>Résidus de l’ajustement (ligne, tokens/s mesurés, prédits, rapport)</translation>
    </message>
    <message>
        <source>Measurements CSV (columns of measured-public.csv); repeat for several files.</source>
        <translation>CSV de mesures (colonnes de measured-public.csv) ; à répéter pour plusieurs fichiers.</translation>
    </message>
    <message>
        <source>Decode efficiency (K-quant kernels; band = measured/predicted, 8th-92nd pct)</source>
        <translation>Efficacité de décodage (noyaux K-quant ; plage = mesuré/prédit, 8e-92e centile)</translation>
    </message>
</context>
<context>
    <name>CatalogCheck</name>
    <message>
        <source>Buyable machines without a price: %1</source>
        <translation>Machines en vente sans prix : %1</translation>
    </message>
    <message>
        <source>Stale prices (older than 6 months): %1</source>
        <translation>Prix périmés (plus de 6 mois) : %1</translation>
    </message>
    <message>
        <source>Figures only the guide states: %1</source>
        <translation>Chiffres que seul le guide indique : %1</translation>
    </message>
    <message>
        <source>Figures sources disagree on: %1</source>
        <translation>Chiffres sur lesquels les sources divergent : %1</translation>
    </message>
    <message>
        <source>Sources that are not the vendor&apos;s page or the model&apos;s card: %1</source>
        <translation>Sources qui ne sont ni la page du fabricant ni la fiche du modèle : %1</translation>
    </message>
    <message>
        <source>Catalog check on %1: %2 buyable, %3 announced, %4 discontinued machines</source>
        <translation>Vérification du catalogue au %1 : %2 machines en vente, %3 annoncées, %4 plus commercialisées</translation>
    </message>
    <message>
        <source>Buyable machines whose current price is older than 12 months: %1</source>
        <translation>Machines en vente dont le prix actuel date de plus de 12 mois : %1</translation>
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
        <translation>NOM</translation>
    </message>
    <message>
        <source>TOTAL B</source>
        <translation>TOTAL B</translation>
    </message>
    <message>
        <source>ACTIVE B</source>
        <translation>ACTIFS B</translation>
    </message>
    <message>
        <source>ATTENTION</source>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXTE</translation>
    </message>
    <message>
        <source>MEMORY GB</source>
        <translation>MÉMOIRE GB</translation>
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
        <translation>PRIX USD</translation>
    </message>
    <message>
        <source> (guide)</source>
        <translation> (guide)</translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation> (le vôtre)</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>BITS/WEIGHT</source>
        <translation>BITS/POIDS</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>QUANT</source>
        <translation>QUANT</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher une sortie JSON lisible par machine.</translation>
    </message>
    <message>
        <source>localrig catalog: %1</source>
        <translation>localrig catalog : %1</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig : avertissement : %1</translation>
    </message>
    <message>
        <source>announced, no price</source>
        <translation>annoncée, sans prix</translation>
    </message>
    <message>
        <source> (stale, %1)</source>
        <translation> (périmé, %1)</translation>
    </message>
    <message>
        <source>List the catalog&apos;s models, platforms, quantizations or use cases, or check it like a reviewer.</source>
        <translation>Lister les modèles, plateformes, quantifications ou cas d’usage du catalogue, ou le vérifier comme un relecteur.</translation>
    </message>
    <message>
        <source>check: the day prices are aged against (YYYY-MM-DD; default today).</source>
        <translation>check : le jour par rapport auquel l’âge des prix est calculé (YYYY-MM-DD ; aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>The action: list or check.</source>
        <translation>L’action : list ou check.</translation>
    </message>
    <message>
        <source>list: models, platforms (or machines), quants or use-cases.</source>
        <translation>list : models, platforms (ou machines), quants ou use-cases.</translation>
    </message>
    <message>
        <source>localrig catalog: expected &apos;list models|platforms|machines|quants|use-cases&apos; or &apos;check&apos;</source>
        <translation>localrig catalog : &apos;list models|platforms|machines|quants|use-cases&apos; ou &apos;check&apos; attendu</translation>
    </message>
    <message>
        <source>localrig catalog: --today must be a date YYYY-MM-DD</source>
        <translation>localrig catalog : --today doit être une date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
</context>
<context>
    <name>CatalogDataLoader</name>
    <message>
        <source>confirmed by the source</source>
        <translation>confirmé par la source</translation>
    </message>
    <message>
        <source>derived from sourced figures</source>
        <translation>dérivé de chiffres sourcés</translation>
    </message>
    <message>
        <source>stated only by the guide</source>
        <translation>indiqué uniquement par le guide</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>CatalogSession</name>
    <message>
        <source>localrig: %1</source>
        <translation>localrig : %1</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Student learning</source>
        <translation>Études et apprentissage</translation>
    </message>
    <message>
        <source>Learn and experiment with a local assistant for study, writing and simple code questions.</source>
        <translation>Apprendre et expérimenter avec un assistant local pour les études, la rédaction et des questions de code simples.</translation>
    </message>
    <message>
        <source>Coding assistant</source>
        <translation>Assistant de code</translation>
    </message>
    <message>
        <source>Daily coding help and an agent that reads and edits a repository with long context.</source>
        <translation>Aide quotidienne au code et un agent qui lit et modifie un dépôt avec un long contexte.</translation>
    </message>
    <message>
        <source>Coding on a budget</source>
        <translation>Coder avec un petit budget</translation>
    </message>
    <message>
        <source>Code completion and generation on a modest 16-24 GB machine.</source>
        <translation>Complétion et génération de code sur une machine modeste de 16-24 GB.</translation>
    </message>
    <message>
        <source>Math and step-by-step reasoning</source>
        <translation>Maths et raisonnement pas à pas</translation>
    </message>
    <message>
        <source>Solve math and logic problems with a reasoning model that thinks before answering.</source>
        <translation>Résoudre des problèmes de maths et de logique avec un modèle de raisonnement qui réfléchit avant de répondre.</translation>
    </message>
    <message>
        <source>AI agents and tool calling</source>
        <translation>Agents IA et appels d’outils</translation>
    </message>
    <message>
        <source>Run an agent that calls tools and APIs, several calls in parallel.</source>
        <translation>Faire tourner un agent qui appelle des outils et des API, avec plusieurs appels en parallèle.</translation>
    </message>
    <message>
        <source>RAG over documents</source>
        <translation>RAG sur des documents</translation>
    </message>
    <message>
        <source>Answer questions from your documents by retrieving the relevant passages first.</source>
        <translation>Répondre aux questions à partir de vos documents en récupérant d’abord les passages pertinents.</translation>
    </message>
    <message>
        <source>Long-context retrieval</source>
        <translation>Recherche en contexte long</translation>
    </message>
    <message>
        <source>Read and cross-reference very long documents in one pass.</source>
        <translation>Lire et recouper de très longs documents en une seule passe.</translation>
    </message>
    <message>
        <source>Structured output and JSON</source>
        <translation>Sortie structurée et JSON</translation>
    </message>
    <message>
        <source>Extract data into JSON that follows a schema, reliably and repeatably.</source>
        <translation>Extraire des données en JSON conforme à un schéma, de façon fiable et reproductible.</translation>
    </message>
    <message>
        <source>Personal knowledge base</source>
        <translation>Base de connaissances personnelle</translation>
    </message>
    <message>
        <source>Chat with your own notes, files and bookmarks, privately on your machine.</source>
        <translation>Dialoguer avec vos notes, fichiers et favoris, en privé sur votre machine.</translation>
    </message>
    <message>
        <source>Small business automation</source>
        <translation>Automatisation pour petites entreprises</translation>
    </message>
    <message>
        <source>Automate routine work such as email triage, invoice extraction and summaries.</source>
        <translation>Automatiser les tâches courantes : tri des e-mails, extraction de factures, résumés.</translation>
    </message>
    <message>
        <source>Enterprise knowledge base</source>
        <translation>Base de connaissances d’entreprise</translation>
    </message>
    <message>
        <source>Serve a team&apos;s questions over a large internal document collection.</source>
        <translation>Répondre aux questions d’une équipe sur une vaste collection de documents internes.</translation>
    </message>
    <message>
        <source>Multi-agent workflows</source>
        <translation>Workflows multi-agents</translation>
    </message>
    <message>
        <source>Run a swarm of cooperating agents on one large local model at the same time.</source>
        <translation>Faire tourner en même temps un essaim d’agents coopératifs sur un seul grand modèle local.</translation>
    </message>
    <message>
        <source>Fine-tuning (LoRA / QLoRA)</source>
        <translation>Fine-tuning (LoRA / QLoRA)</translation>
    </message>
    <message>
        <source>Adapt a model to your data with parameter-efficient fine-tuning.</source>
        <translation>Adapter un modèle à vos données par un fine-tuning économe en paramètres.</translation>
    </message>
    <message>
        <source>Students and casual coders</source>
        <translation>Étudiants et codeurs occasionnels</translation>
    </message>
    <message>
        <source>Students, first-time local-AI users, budget-constrained developers</source>
        <translation>Étudiants, débutants en IA locale, développeurs au budget serré</translation>
    </message>
    <message>
        <source>Most professional developers</source>
        <translation>La plupart des développeurs professionnels</translation>
    </message>
    <message>
        <source>Software engineers, founders building agent pipelines, privacy-minded developers</source>
        <translation>Ingénieurs logiciel, fondateurs qui bâtissent des pipelines d’agents, développeurs soucieux de confidentialité</translation>
    </message>
    <message>
        <source>Senior engineers and power users</source>
        <translation>Ingénieurs seniors et utilisateurs avancés</translation>
    </message>
    <message>
        <source>Engineers whose problems show reasoning gaps at 32B</source>
        <translation>Ingénieurs dont les problèmes révèlent des lacunes de raisonnement à 32B</translation>
    </message>
    <message>
        <source>Researchers and AI orchestrators</source>
        <translation>Chercheurs et orchestrateurs d’IA</translation>
    </message>
    <message>
        <source>Researchers running 120B+ models, large agent swarms, fine-tuning, concurrent multimodal pipelines</source>
        <translation>Chercheurs qui exécutent des modèles de 120B+, de grands essaims d’agents, du fine-tuning, des pipelines multimodaux simultanés</translation>
    </message>
    <message>
        <source>Frontier open model at home</source>
        <translation>Un modèle ouvert de pointe chez soi</translation>
    </message>
    <message>
        <source>Run a trillion-parameter open model such as Kimi K2.6 for agents and coding, with nothing sent to a cloud.</source>
        <translation>Faire tourner un modèle ouvert de 1 000 milliards de paramètres comme Kimi K2.6 pour des agents et du code, sans rien envoyer dans un cloud.</translation>
    </message>
    <message>
        <source>Video generation beside an LLM</source>
        <translation>Génération vidéo à côté d’un LLM</translation>
    </message>
    <message>
        <source>Generate short video clips with a local diffusion model while a large language model runs at the same time.</source>
        <translation>Générer de courts clips vidéo avec un modèle de diffusion local pendant qu’un grand modèle de langage tourne en même temps.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: localrig [command] [options]</source>
        <translation>Utilisation : localrig [commande] [options]</translation>
    </message>
    <message>
        <source>Without a command, LocalRig opens its window. Commands print and exit; add --json for machine-readable output and --help for a command&apos;s options.</source>
        <translation>Sans commande, LocalRig ouvre sa fenêtre. Les commandes affichent leur résultat puis s’arrêtent ; ajoutez --json pour une sortie lisible par machine et --help pour les options d’une commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>--lang CODE shows LocalRig in another language (%1); without it, LocalRig follows Preferences, then the system.</source>
        <translation>--lang CODE affiche LocalRig dans une autre langue (%1) ; sans cette option, LocalRig suit les Préférences, puis le système.</translation>
    </message>
    <message>
        <source>localrig: unknown command &apos;%1&apos; (try localrig --help)</source>
        <translation>localrig : commande inconnue &apos;%1&apos; (essayez localrig --help)</translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <source>Memory fit</source>
        <translation>Occupation mémoire</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Vitesse de décodage</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Coût dans le temps</translation>
    </message>
    <message>
        <source>Price against speed</source>
        <translation>Prix et vitesse</translation>
    </message>
</context>
<context>
    <name>DecodeSpeedChart</name>
    <message>
        <source>Decode speed</source>
        <translation>Vitesse de décodage</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: won&apos;t fit</source>
        <translation>%1 : ne tient pas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Decode speed (tokens/s)</source>
        <translation>Vitesse de décodage (tokens/s)</translation>
    </message>
    <message>
        <source>Band (low–high)</source>
        <translation>Plage (basse–haute)</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>reading speed ≈ %1</source>
        <translation>vitesse de lecture ≈ %1</translation>
    </message>
    <message>
        <source>Comfortable reading speed: about %1 (238 words/min)</source>
        <translation>Vitesse de lecture confortable : environ %1 (238 mots/min)</translation>
    </message>
    <message>
        <source>Minimum for Good</source>
        <translation>Minimum pour «&#xa0;Bon&#xa0;»</translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation>minimum %1</translation>
    </message>
    <message>
        <source>Under %1 a machine is Slow: a session feels stalled as its context fills</source>
        <translation>Sous %1, le verdict d’une machine est «&#xa0;Lent&#xa0;» : une session semble bloquée à mesure que son contexte se remplit</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>  System     %1</source>
        <translation>  Système         %1</translation>
    </message>
    <message>
        <source>  CPU        %1 (%2 cores, %3 threads)</source>
        <translation>  CPU             %1 (%2 cœurs, %3 threads)</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>  Memory     %1 GiB reported</source>
        <translation>  Mémoire         %1 GiB signalés</translation>
    </message>
    <message>
        <source>%1 GPU %2:%3</source>
        <translation>GPU %1 %2:%3</translation>
    </message>
    <message>
        <source>  GPU        %1, %2 GiB VRAM (%3)</source>
        <translation>  GPU             %1, %2 GiB de VRAM (%3)</translation>
    </message>
    <message>
        <source>  GPU        %1 (%2)</source>
        <translation>  GPU             %1 (%2)</translation>
    </message>
    <message>
        <source>  Note       %1</source>
        <translation>  Note            %1</translation>
    </message>
    <message>
        <source>As a machine: %1</source>
        <translation>En tant que machine : %1</translation>
    </message>
    <message>
        <source>  Memory     %1 GB unified (the GPU may use %2 GB), backend %3</source>
        <translation>  Mémoire         %1 GB unifiés (le GPU peut en utiliser %2 GB), backend %3</translation>
    </message>
    <message>
        <source>  Memory     %1 GB unified, backend %2</source>
        <translation>  Mémoire         %1 GB unifiés, backend %2</translation>
    </message>
    <message>
        <source>  Memory     %1 GB VRAM + %2 GB system RAM, backend %3</source>
        <translation>  Mémoire         %1 GB de VRAM + %2 GB de RAM système, backend %3</translation>
    </message>
    <message>
        <source>  Memory     %1 GB system RAM, CPU only</source>
        <translation>  Mémoire         %1 GB de RAM système, CPU uniquement</translation>
    </message>
    <message>
        <source>  Bandwidth  %1 GB/s</source>
        <translation>  Bande passante  %1 GB/s</translation>
    </message>
    <message>
        <source>  Bandwidth  unknown: no catalog machine has this chip</source>
        <translation>  Bande passante  inconnue : aucune machine du catalogue n’a cette puce</translation>
    </message>
    <message>
        <source>Same chip in the catalog: %1 (%2)</source>
        <translation>Même puce dans le catalogue : %1 (%2)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>From the catalog: %1</source>
        <translation>Repris du catalogue : %1</translation>
    </message>
    <message>
        <source>You need to enter: %1</source>
        <translation>À saisir par vous : %1</translation>
    </message>
    <message>
        <source>What this computer is, as a machine LocalRig can size models for.</source>
        <translation>Ce qu’est cet ordinateur, en tant que machine pour laquelle LocalRig peut dimensionner des modèles.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher une sortie JSON lisible par machine.</translation>
    </message>
    <message>
        <source>Read proc/ and sys/ under DIR instead of / (a copy taken from another machine); nvidia-smi is not run.</source>
        <translation>Lire proc/ et sys/ sous DIR au lieu de / (une copie prise sur une autre machine) ; nvidia-smi n’est pas lancé.</translation>
    </message>
    <message>
        <source>localrig detect: %1</source>
        <translation>localrig detect : %1</translation>
    </message>
    <message>
        <source>localrig detect: unexpected argument &apos;%1&apos;</source>
        <translation>localrig detect : argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>localrig detect: without the catalog, bandwidth stays unknown (%1)</source>
        <translation>localrig detect : sans le catalogue, la bande passante reste inconnue (%1)</translation>
    </message>
    <message>
        <source>  Measured   %1 GB/s memory read (best of %2 passes, median %3 GB/s, %4 threads, %5)</source>
        <translation>  Mesuré          %1 GB/s en lecture mémoire (meilleure de %2 passes, médiane %3 GB/s, %4 threads, %5)</translation>
    </message>
    <message>
        <source>Also measure this computer&apos;s memory read bandwidth (about 2 seconds).</source>
        <translation>Mesurer aussi la bande passante de lecture mémoire de cet ordinateur (environ 2 secondes).</translation>
    </message>
    <message>
        <source>Size of the buffer the measurement reads, in MiB (default 1024).</source>
        <translation>Taille du tampon lu par la mesure, en MiB (1024 par défaut).</translation>
    </message>
    <message>
        <source>localrig detect: --measure-mib must be a whole number from 1 to %1</source>
        <translation>localrig detect : --measure-mib doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>localrig detect: --measure: %1</source>
        <translation>localrig detect : --measure : %1</translation>
    </message>
    <message>
        <source>Also grade this computer for every workload as the Plan page would (with --measure, at the measured bandwidth), and name the smallest upgrade for each one it does not do well.</source>
        <translation>Évaluer aussi cet ordinateur pour chaque charge de travail comme le ferait la page Planifier (avec --measure, à la bande passante mesurée), et indiquer la plus petite mise à niveau pour chacune qu’il n’exécute pas bien.</translation>
    </message>
    <message>
        <source>localrig detect: --grades needs this computer&apos;s memory bandwidth: add --measure</source>
        <translation>localrig detect : --grades a besoin de la bande passante mémoire de cet ordinateur : ajoutez --measure</translation>
    </message>
    <message>
        <source>localrig detect: --grades: %1</source>
        <translation>localrig detect : --grades : %1</translation>
    </message>
</context>
<context>
    <name>DetectGrades</name>
    <message>
        <source>What runs here (graded as on the Plan page, one workload at a time):</source>
        <translation>Ce qui tourne ici (évalué comme sur la page Planifier, une charge de travail à la fois) :</translation>
    </message>
    <message>
        <source>  %1  %2  %3</source>
        <translation>  %1  %2  %3</translation>
    </message>
    <message>
        <source>; smallest upgrade: %1 (%2)</source>
        <translation> ; plus petite mise à niveau : %1 (%2)</translation>
    </message>
    <message>
        <source>; no priced machine in the catalog does it</source>
        <translation> ; aucune machine avec un prix dans le catalogue n’y parvient</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>&apos;general.architecture&apos; is missing or not a string</source>
        <translation>&apos;general.architecture&apos; est absent ou n’est pas une chaîne</translation>
    </message>
    <message>
        <source>/proc/meminfo has no MemTotal line</source>
        <translation>/proc/meminfo ne contient pas de ligne MemTotal</translation>
    </message>
    <message>
        <source>GGUF version 1 is obsolete and not supported (versions 2 and 3 are)</source>
        <translation>La version 1 de GGUF est obsolète et non prise en charge (les versions 2 et 3 le sont)</translation>
    </message>
    <message>
        <source>LoRA targets: none of q, k, v, o, gate, up, down</source>
        <translation>cibles LoRA : aucune parmi q, k, v, o, gate, up, down</translation>
    </message>
    <message>
        <source>no feasible decode fit (a row is faster than its overheads allow)</source>
        <translation>aucun ajustement de décodage possible (une ligne est plus rapide que ses surcoûts ne le permettent)</translation>
    </message>
    <message>
        <source>a discrete GPU needs its VRAM size</source>
        <translation>un GPU dédié doit indiquer sa taille de VRAM</translation>
    </message>
    <message>
        <source>a file size must be 1 byte to 100 TB</source>
        <translation>une taille de fichier doit être comprise entre 1 octet et 100 TB</translation>
    </message>
    <message>
        <source>a file size needs a model id and a quantization id</source>
        <translation>une taille de fichier exige un id de modèle et un id de quantification</translation>
    </message>
    <message>
        <source>a model needs a name of 1 to 80 characters</source>
        <translation>un modèle exige un nom de 1 à 80 caractères</translation>
    </message>
    <message>
        <source>a model needs an id and a name</source>
        <translation>un modèle exige un id et un nom</translation>
    </message>
    <message>
        <source>a platform needs an id and a name</source>
        <translation>une plateforme exige un id et un nom</translation>
    </message>
    <message>
        <source>a price needs a platform id and a date</source>
        <translation>un prix exige un id de plateforme et une date</translation>
    </message>
    <message>
        <source>a price override needs a platform and 0 to 10,000,000 USD</source>
        <translation>un prix personnalisé exige une plateforme et un montant de 0 à 10&#xa0;000&#xa0;000 USD</translation>
    </message>
    <message>
        <source>a saved scenario needs a name</source>
        <translation>un scénario enregistré exige un nom</translation>
    </message>
    <message>
        <source>a unified or system-memory platform needs its memory size</source>
        <translation>une plateforme à mémoire unifiée ou système doit indiquer sa taille de mémoire</translation>
    </message>
    <message>
        <source>a workload needs 1 to 2^30 tokens and 1 to 10,000 sessions</source>
        <translation>une charge de travail exige de 1 à 2^30 tokens et de 1 à 10&#xa0;000 sessions</translation>
    </message>
    <message>
        <source>a workload needs a slug, a name, a model and a quantization</source>
        <translation>une charge de travail exige un slug, un nom, un modèle et une quantification</translation>
    </message>
    <message>
        <source>active parameters exceed total parameters</source>
        <translation>les paramètres actifs dépassent les paramètres totaux</translation>
    </message>
    <message>
        <source>adapter precision: adapters train in fp32 or bf16</source>
        <translation>précision des adaptateurs : les adaptateurs s’entraînent en fp32 ou bf16</translation>
    </message>
    <message>
        <source>bandwidth probe: cannot allocate the buffer</source>
        <translation>mesure de bande passante : impossible d’allouer le tampon</translation>
    </message>
    <message>
        <source>bandwidth probe: cannot start its threads</source>
        <translation>mesure de bande passante : impossible de démarrer ses threads</translation>
    </message>
    <message>
        <source>bandwidth probe: the buffer read back wrong</source>
        <translation>mesure de bande passante : la relecture du tampon est incorrecte</translation>
    </message>
    <message>
        <source>base precision: NF4 goes with QLoRA and only with QLoRA</source>
        <translation>précision de base : NF4 va avec QLoRA, et uniquement avec QLoRA</translation>
    </message>
    <message>
        <source>big-endian GGUF files are not supported</source>
        <translation>les fichiers GGUF big-endian ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>cannot determine the size of the GGUF input (stream is not seekable)</source>
        <translation>impossible de déterminer la taille de l’entrée GGUF (le flux ne permet pas le positionnement)</translation>
    </message>
    <message>
        <source>choose at least one workload</source>
        <translation>choisissez au moins une charge de travail</translation>
    </message>
    <message>
        <source>config.json: hidden_size is smaller than num_attention_heads</source>
        <translation>config.json : hidden_size est inférieur à num_attention_heads</translation>
    </message>
    <message>
        <source>config.json: kv_lora_rank (MLA) needs qk_rope_head_dim</source>
        <translation>config.json : kv_lora_rank (MLA) exige qk_rope_head_dim</translation>
    </message>
    <message>
        <source>config.json: the top level must be an object</source>
        <translation>config.json : le niveau supérieur doit être un objet</translation>
    </message>
    <message>
        <source>hardware FLOPS: columns &apos;hardware&apos; and &apos;fp16_tflops&apos; needed</source>
        <translation>FLOPS du matériel : colonnes &apos;hardware&apos; et &apos;fp16_tflops&apos; requises</translation>
    </message>
    <message>
        <source>is required but empty</source>
        <translation>est obligatoire mais vide</translation>
    </message>
    <message>
        <source>leave-one-hardware-out needs rows from two or more hardware</source>
        <translation>l’exclusion d’un matériel à la fois exige des lignes d’au moins deux matériels</translation>
    </message>
    <message>
        <source>line 1: the file has no header line</source>
        <translation>ligne 1 : le fichier n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>model has no attention layers to size a KV cache from</source>
        <translation>le modèle n’a aucune couche d’attention à partir de laquelle dimensionner un cache KV</translation>
    </message>
    <message>
        <source>no decode rows to fit (rows need tg, bandwidth and file size)</source>
        <translation>aucune ligne de décodage à ajuster (les lignes exigent tg, la bande passante et la taille de fichier)</translation>
    </message>
    <message>
        <source>no workload or model chosen</source>
        <translation>aucune charge de travail ni aucun modèle choisi</translation>
    </message>
    <message>
        <source>price (USD) must be 0 to 10,000,000</source>
        <translation>le prix (USD) doit être compris entre 0 et 10&#xa0;000&#xa0;000</translation>
    </message>
    <message>
        <source>safetensors index: metadata.total_size must be a positive number of bytes</source>
        <translation>index safetensors : metadata.total_size doit être un nombre d’octets positif</translation>
    </message>
    <message>
        <source>sysctl printed fewer than two values (hw.memsize, brand string)</source>
        <translation>sysctl a affiché moins de deux valeurs (hw.memsize, nom commercial du processeur)</translation>
    </message>
    <message>
        <source>tensor byte size overflows 64 bits</source>
        <translation>la taille en octets d’un tenseur dépasse 64 bits</translation>
    </message>
    <message>
        <source>the catalog text has problems</source>
        <translation>le texte du catalogue comporte des problèmes</translation>
    </message>
    <message>
        <source>the database has no schema version</source>
        <translation>la base de données n’a pas de version de schéma</translation>
    </message>
    <message>
        <source>the file size and the workload must name the model being saved</source>
        <translation>la taille de fichier et la charge de travail doivent désigner le modèle en cours d’enregistrement</translation>
    </message>
    <message>
        <source>total parameters do not exceed the embedding matrices</source>
        <translation>les paramètres totaux ne dépassent pas les matrices d’embedding</translation>
    </message>
    <message>
        <source>unknown field kind</source>
        <translation>type de champ inconnu</translation>
    </message>
    <message>
        <source>API spend per month (USD)</source>
        <translation>dépenses API par mois (USD)</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>TFLOPS FP16</translation>
    </message>
    <message>
        <source>GPU memory limit (GB)</source>
        <translation>limite de mémoire GPU (GB)</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>têtes KV</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>rang LoRA</translation>
    </message>
    <message>
        <source>MFU (high)</source>
        <translation>MFU (haut)</translation>
    </message>
    <message>
        <source>MFU (low)</source>
        <translation>MFU (bas)</translation>
    </message>
    <message>
        <source>MFU (typical)</source>
        <translation>MFU (typique)</translation>
    </message>
    <message>
        <source>VRAM (GB)</source>
        <translation>VRAM (GB)</translation>
    </message>
    <message>
        <source>active experts</source>
        <translation>experts actifs</translation>
    </message>
    <message>
        <source>active parameters</source>
        <translation>paramètres actifs</translation>
    </message>
    <message>
        <source>attention heads</source>
        <translation>têtes d’attention</translation>
    </message>
    <message>
        <source>bits per weight</source>
        <translation>bits par poids</translation>
    </message>
    <message>
        <source>break-even horizon (months)</source>
        <translation>horizon de rentabilité (mois)</translation>
    </message>
    <message>
        <source>budget (USD)</source>
        <translation>budget (USD)</translation>
    </message>
    <message>
        <source>buffer bytes</source>
        <translation>octets du tampon</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>dataset tokens</source>
        <translation>tokens du jeu de données</translation>
    </message>
    <message>
        <source>electricity price (USD/kWh)</source>
        <translation>prix de l’électricité (USD/kWh)</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>file size</source>
        <translation>taille de fichier</translation>
    </message>
    <message>
        <source>first-token time for Great (s)</source>
        <translation>délai du premier token pour «&#xa0;Excellent&#xa0;» (s)</translation>
    </message>
    <message>
        <source>first-token time for Slow (s)</source>
        <translation>délai du premier token pour «&#xa0;Lent&#xa0;» (s)</translation>
    </message>
    <message>
        <source>fixed state bytes</source>
        <translation>octets d’état fixe</translation>
    </message>
    <message>
        <source>framework overhead</source>
        <translation>surcoût du framework</translation>
    </message>
    <message>
        <source>hardware price (USD)</source>
        <translation>prix du matériel (USD)</translation>
    </message>
    <message>
        <source>head dim</source>
        <translation>dim. de tête</translation>
    </message>
    <message>
        <source>head dimension</source>
        <translation>dimension de tête</translation>
    </message>
    <message>
        <source>headroom</source>
        <translation>marge</translation>
    </message>
    <message>
        <source>hidden size</source>
        <translation>taille cachée</translation>
    </message>
    <message>
        <source>hours per day</source>
        <translation>heures par jour</translation>
    </message>
    <message>
        <source>idle power (W)</source>
        <translation>puissance au repos (W)</translation>
    </message>
    <message>
        <source>intermediate size</source>
        <translation>taille intermédiaire</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <source>load power (W)</source>
        <translation>puissance en charge (W)</translation>
    </message>
    <message>
        <source>maximum passes</source>
        <translation>nombre maximal de passes</translation>
    </message>
    <message>
        <source>memory (GB)</source>
        <translation>mémoire (GB)</translation>
    </message>
    <message>
        <source>memory bandwidth (GB/s)</source>
        <translation>bande passante mémoire (GB/s)</translation>
    </message>
    <message>
        <source>micro-batch</source>
        <translation>micro-batch</translation>
    </message>
    <message>
        <source>minimum passes</source>
        <translation>nombre minimal de passes</translation>
    </message>
    <message>
        <source>minimum tokens/s</source>
        <translation>tokens/s minimum</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>multiple of reading speed</source>
        <translation>multiple de la vitesse de lecture</translation>
    </message>
    <message>
        <source>native context</source>
        <translation>contexte natif</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>peak FLOP/s</source>
        <translation>FLOP/s de crête</translation>
    </message>
    <message>
        <source>price (USD)</source>
        <translation>prix (USD)</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>tokens de prompt</translation>
    </message>
    <message>
        <source>reading speed (tokens/s)</source>
        <translation>vitesse de lecture (tokens/s)</translation>
    </message>
    <message>
        <source>resale fraction</source>
        <translation>part de revente</translation>
    </message>
    <message>
        <source>routed experts</source>
        <translation>experts routés</translation>
    </message>
    <message>
        <source>sequence length</source>
        <translation>longueur de séquence</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>sliding window</source>
        <translation>fenêtre glissante</translation>
    </message>
    <message>
        <source>system bandwidth (GB/s)</source>
        <translation>bande passante système (GB/s)</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>time budget</source>
        <translation>budget de temps</translation>
    </message>
    <message>
        <source>total parameters</source>
        <translation>paramètres totaux</translation>
    </message>
    <message>
        <source>vocabulary size</source>
        <translation>taille du vocabulaire</translation>
    </message>
    <message>
        <source>no machine named &apos;%1&apos;</source>
        <translation>aucune machine nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no model named &apos;%1&apos;</source>
        <translation>aucun modèle nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no quantization named &apos;%1&apos;</source>
        <translation>aucune quantification nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no workload named &apos;%1&apos;</source>
        <translation>aucune charge de travail nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is %2; expected %3 to %4</source>
        <translation>%1 vaut %2 ; attendu : de %3 à %4</translation>
    </message>
    <message>
        <source>%1 is %2; expected a value above zero</source>
        <translation>%1 vaut %2 ; attendu : une valeur supérieure à zéro</translation>
    </message>
    <message>
        <source>%1 is %2; expected at most %3</source>
        <translation>%1 vaut %2 ; attendu : au plus %3</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 doit être un nombre fini</translation>
    </message>
    <message>
        <source>unknown workload &apos;%1&apos;; known: %2</source>
        <translation>charge de travail inconnue &apos;%1&apos; ; connues : %2</translation>
    </message>
    <message>
        <source>%1 does not fit on %2, so it has no speed there</source>
        <translation>%1 ne tient pas sur %2 : aucune vitesse n’y est donc calculée</translation>
    </message>
    <message>
        <source>%1 (closest: %2)</source>
        <translation>%1 (le plus proche : %2)</translation>
    </message>
    <message>
        <source>the shipped catalog is missing: %1 (rebuild, or set LOCALRIG_CATALOG)</source>
        <translation>le catalogue fourni est introuvable : %1 (recompilez, ou définissez LOCALRIG_CATALOG)</translation>
    </message>
    <message>
        <source>a cluster pools two to four machines</source>
        <translation>une grappe réunit deux à quatre machines</translation>
    </message>
    <message>
        <source>a multi-GPU build needs at least two cards</source>
        <translation>une configuration multi-GPU demande au moins deux cartes</translation>
    </message>
</context>
<context>
    <name>EstimateCommand</name>
    <message>
        <source>Memory, fit and speed of one model on one machine.</source>
        <translation>Mémoire, adéquation et vitesse d’un modèle sur une machine.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher une sortie JSON lisible par machine.</translation>
    </message>
    <message>
        <source>localrig estimate: %1</source>
        <translation>localrig estimate : %1</translation>
    </message>
    <message>
        <source>localrig estimate: unexpected argument &apos;%1&apos;</source>
        <translation>localrig estimate : argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>  Weights   %1</source>
        <translation>  Poids         %1</translation>
    </message>
    <message>
        <source>  KV cache  %1</source>
        <translation>  Cache KV      %1</translation>
    </message>
    <message>
        <source>  Overhead  %1</source>
        <translation>  Surcoût       %1</translation>
    </message>
    <message>
        <source>  Total     %1   comfortable up to %2 of %3</source>
        <translation>  Total         %1   confortable jusqu’à %2 sur %3</translation>
    </message>
    <message>
        <source>Fit         %1</source>
        <translation>Adéquation      %1</translation>
    </message>
    <message>
        <source>Decode      %1 tokens/s (%2 to %3)</source>
        <translation>Décodage        %1 tokens/s (%2 à %3)</translation>
    </message>
    <message numerus="yes">
        <source>Prefill     %1 tokens/s; first token after %2 s for %Ln prompt tokens</source>
        <translation>
            <numerusform>Préremplissage  %1 tokens/s ; premier token après %2 s pour %Ln token de prompt</numerusform>
            <numerusform>Préremplissage  %1 tokens/s ; premier token après %2 s pour %Ln tokens de prompt</numerusform>
        </translation>
    </message>
    <message>
        <source>Decode      none: the model does not fit</source>
        <translation>Décodage        aucun : le modèle ne tient pas</translation>
    </message>
    <message>
        <source>Measured    at context %1 on %2%3: %4</source>
        <translation>Mesuré          au contexte %1 sur %2%3 : %4</translation>
    </message>
    <message>
        <source>; measured %1 tokens/s (%2, %3)</source>
        <translation> ; %1 tokens/s mesurés (%2, %3)</translation>
    </message>
    <message>
        <source>; measured %1 tokens/s on %2 (%3, %4)</source>
        <translation> ; %1 tokens/s mesurés sur %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>, prefill %1 tokens/s (%Ln-token prompt)</source>
        <translation>
            <numerusform>, préremplissage %1 tokens/s (prompt de %Ln token)</numerusform>
            <numerusform>, préremplissage %1 tokens/s (prompt de %Ln tokens)</numerusform>
        </translation>
    </message>
    <message>
        <source>, prefill %1 tokens/s</source>
        <translation>, préremplissage %1 tokens/s</translation>
    </message>
    <message>
        <source>localrig estimate: name a catalog model and machine (--model NAME --machine NAME [--quant NAME]) or give raw figures (--params B --bpw X --layers N --kv-heads N --head-dim N --memory-gb X --bandwidth GBps); see --help</source>
        <translation>localrig estimate : nommez un modèle et une machine du catalogue (--model NAME --machine NAME [--quant NAME]) ou donnez des valeurs brutes (--params B --bpw X --layers N --kv-heads N --head-dim N --memory-gb X --bandwidth GBps) ; voir --help</translation>
    </message>
    <message>
        <source>Memory (GB = 2³⁰ bytes, as RAM is sold)</source>
        <translation>Mémoire (GB = 2³⁰ octets, comme la RAM est vendue)</translation>
    </message>
</context>
<context>
    <name>EstimateRequest</name>
    <message>
        <source>Parallel sessions or agents, each with its own KV cache (default 1).</source>
        <translation>Sessions ou agents en parallèle, chacun avec son propre cache KV (1 par défaut).</translation>
    </message>
    <message>
        <source>KV cache element type: f16, q8_0 or q4_0 (default f16).</source>
        <translation>Type d’élément du cache KV : f16, q8_0 ou q4_0 (f16 par défaut).</translation>
    </message>
    <message>
        <source>Comfortable share of RAM for the model, 0.5-0.95 (default 0.75).</source>
        <translation>Part confortable de la RAM pour le modèle, 0.5-0.95 (0.75 par défaut).</translation>
    </message>
    <message>
        <source>Prompt length for the time to first token (default 4096).</source>
        <translation>Longueur du prompt pour le délai du premier token (4096 par défaut).</translation>
    </message>
    <message>
        <source>Total parameters in billions (sets memory).</source>
        <translation>Paramètres totaux en milliards (déterminent la mémoire).</translation>
    </message>
    <message>
        <source>Active parameters per token in billions (MoE; sets speed).</source>
        <translation>Paramètres actifs par token en milliards (MoE ; déterminent la vitesse).</translation>
    </message>
    <message>
        <source>Effective bits per weight of the quantization (Q4_K_M is about 4.85).</source>
        <translation>Bits effectifs par poids de la quantification (Q4_K_M : environ 4.85).</translation>
    </message>
    <message>
        <source>Known model file size in decimal GB (wins over --bpw).</source>
        <translation>Taille connue du fichier du modèle en GB décimaux (prime sur --bpw).</translation>
    </message>
    <message>
        <source>Transformer layers.</source>
        <translation>Couches du transformer.</translation>
    </message>
    <message>
        <source>Key/value heads per layer (GQA).</source>
        <translation>Têtes clé/valeur par couche (GQA).</translation>
    </message>
    <message>
        <source>Dimension of one attention head.</source>
        <translation>Dimension d’une tête d’attention.</translation>
    </message>
    <message>
        <source>Query heads (sizes the compute buffer).</source>
        <translation>Têtes de requête (dimensionnent le tampon de calcul).</translation>
    </message>
    <message>
        <source>Layers whose cache grows with context (hybrid or sliding).</source>
        <translation>Couches dont le cache croît avec le contexte (hybrides ou à fenêtre glissante).</translation>
    </message>
    <message>
        <source>Window of the other layers (sliding-window models).</source>
        <translation>Fenêtre des autres couches (modèles à fenêtre glissante).</translation>
    </message>
    <message>
        <source>Fixed state per session of linear-attention layers.</source>
        <translation>État fixe par session des couches à attention linéaire.</translation>
    </message>
    <message>
        <source>MLA latent rank (DeepSeek-V3/R1: 512).</source>
        <translation>Rang latent MLA (DeepSeek-V3/R1 : 512).</translation>
    </message>
    <message>
        <source>MLA rotary dimension (DeepSeek-V3/R1: 64).</source>
        <translation>Dimension rotative MLA (DeepSeek-V3/R1 : 64).</translation>
    </message>
    <message>
        <source>Unified or system RAM as marketed (binary GB).</source>
        <translation>RAM unifiée ou système telle qu’annoncée (GB binaires).</translation>
    </message>
    <message>
        <source>VRAM of a discrete GPU (binary GB).</source>
        <translation>VRAM d’un GPU dédié (GB binaires).</translation>
    </message>
    <message>
        <source>unified, discrete or system (default unified).</source>
        <translation>unified, discrete ou system (unified par défaut).</translation>
    </message>
    <message>
        <source>System RAM bandwidth for offloaded weights (default 50).</source>
        <translation>Bande passante de la RAM système pour les poids déchargés (50 par défaut).</translation>
    </message>
    <message>
        <source>Dense FP16 TFLOPS (for prefill).</source>
        <translation>TFLOPS FP16 denses (pour le préremplissage).</translation>
    </message>
    <message>
        <source>metal, cuda, rocm, vulkan or cpu.</source>
        <translation>metal, cuda, rocm, vulkan ou cpu.</translation>
    </message>
    <message>
        <source>Dequantization kernel: float16, q8, kquant, legacy4, iquant, fp4.</source>
        <translation>Noyau de déquantification : float16, q8, kquant, legacy4, iquant, fp4.</translation>
    </message>
    <message>
        <source>A catalog model by name or id (see localrig catalog list models).</source>
        <translation>Un modèle du catalogue, par nom ou par id (voir localrig catalog list models).</translation>
    </message>
    <message>
        <source>A catalog quantization, e.g. Q4_K_M (default Q4_K_M).</source>
        <translation>Une quantification du catalogue, p. ex. Q4_K_M (Q4_K_M par défaut).</translation>
    </message>
    <message>
        <source>Context length per session in tokens: 8192, 32K or 128K (default 8192).</source>
        <translation>Longueur de contexte par session en tokens : 8192, 32K ou 128K (8192 par défaut).</translation>
    </message>
    <message>
        <source>Memory bandwidth of the GPU or unified pool in GB/s (decimal).</source>
        <translation>Bande passante mémoire du GPU ou de la mémoire unifiée en GB/s (décimaux).</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export your own platforms, models and prices to a JSON or CSV file.</source>
        <translation>Exporter vos propres plateformes, modèles et prix vers un fichier JSON ou CSV.</translation>
    </message>
    <message>
        <source>The .json or .csv file to write.</source>
        <translation>Le fichier .json ou .csv à écrire.</translation>
    </message>
    <message>
        <source>localrig export: %1</source>
        <translation>localrig export : %1</translation>
    </message>
    <message>
        <source>localrig export: expected one FILE (.json or .csv)</source>
        <translation>localrig export : un seul FILE attendu (.json ou .csv)</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig : avertissement : %1</translation>
    </message>
    <message>
        <source>Exported %1 platform(s), %2 model(s) and %3 price(s) to %4</source>
        <translation>Exporté : %1 plateforme(s), %2 modèle(s) et %3 prix vers %4</translation>
    </message>
</context>
<context>
    <name>GenerationJson</name>
    <message>
        <source>video generation</source>
        <translation>génération vidéo</translation>
    </message>
    <message>
        <source>image generation</source>
        <translation>génération d’images</translation>
    </message>
</context>
<context>
    <name>GuidePageCorrections</name>
    <message>
        <source>Guide correction %1 of %2.</source>
        <translation>Correction du guide %1 sur %2.</translation>
    </message>
    <message>
        <source>The guide says: “%1”.</source>
        <translation>Le guide indique : «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>RTX 4070 Laptop 16GB</source>
        <translation>RTX 4070 Laptop 16GB</translation>
    </message>
    <message>
        <source>the RTX 4070 Laptop GPU has 8 GB of VRAM (128-bit, 256 GB/s); 16 GB can only be system RAM. The 16 GB laptop GPU is the RTX 4090 Laptop.</source>
        <translation>le GPU RTX 4070 Laptop a 8 GB de VRAM (128 bits, 256 GB/s) ; 16 GB ne peuvent être que de la RAM système. Le GPU portable à 16 GB est la RTX 4090 Laptop.</translation>
    </message>
    <message>
        <source>MacBook Air M4 16GB · $1,099</source>
        <translation>MacBook Air M4 16GB · $1,099</translation>
    </message>
    <message>
        <source>the M4 MacBook Air launched at $999; $1,099 is the M5 Air&apos;s launch price (March 2026), raised to $1,299 on 2026-06-25.</source>
        <translation>le MacBook Air M4 est sorti à $999 ; $1&#xa0;099 est le prix de lancement du MacBook Air M5 (mars 2026), porté à $1&#xa0;299 le 2026-06-25.</translation>
    </message>
    <message>
        <source>MacBook Pro M4 Pro 48GB · ~$2,000</source>
        <translation>MacBook Pro M4 Pro 48GB · ~$2,000</translation>
    </message>
    <message>
        <source>$1,999 was the 24 GB base model; the 48 GB configuration cost more (its price was not found), and the M4 Pro MacBook Pro was replaced by the M5 Pro in March 2026.</source>
        <translation>$1&#xa0;999 était le prix du modèle de base à 24 GB ; la configuration à 48 GB coûtait plus cher (son prix n’a pas été trouvé), et le MacBook Pro M4 Pro a été remplacé par le M5 Pro en mars 2026.</translation>
    </message>
    <message>
        <source>Llama 4 Scout fits ~45GB at 4-bit</source>
        <translation>Llama 4 Scout tient dans ~45GB en 4 bits</translation>
    </message>
    <message>
        <source>~43 GB is the 2-bit Q2_K file; 109B weights at 4 bits are at least 54.5 GB and the UD-Q4_K_XL file is 57.7 GiB, so 4-bit Scout needs a 96–128 GB machine.</source>
        <translation>~43 GB correspond au fichier Q2_K en 2 bits ; 109B de poids en 4 bits font au moins 54,5 GB et le fichier UD-Q4_K_XL fait 57,7 GiB : Scout en 4 bits exige donc une machine de 96–128 GB.</translation>
    </message>
    <message>
        <source>Mistral Small 3.1 24B: ~18GB at 4-bit</source>
        <translation>Mistral Small 3.1 24B : ~18GB en 4 bits</translation>
    </message>
    <message>
        <source>Q4_K_M weights are ~14.6 GB (24e9 × 4.85 / 8) and ~14 GB runs it with an 8K context; ~17 GB is Q5_K_M.</source>
        <translation>les poids Q4_K_M font ~14,6 GB (24e9 × 4,85 / 8) et ~14 GB suffisent pour l’exécuter avec un contexte de 8K ; ~17 GB correspond à Q5_K_M.</translation>
    </message>
    <message>
        <source>a 48GB MacBook Pro … offers 330 GB/s bandwidth</source>
        <translation>un MacBook Pro 48GB … offre 330 GB/s de bande passante</translation>
    </message>
    <message>
        <source>Apple specifies up to 307 GB/s for the M5 Pro; the M4 Pro has 273 GB/s.</source>
        <translation>Apple annonce jusqu’à 307 GB/s pour le M5 Pro ; le M4 Pro a 273 GB/s.</translation>
    </message>
    <message>
        <source>M4 Max (546 GB/s); M5 Max 64GB … 614 GB/s</source>
        <translation>M4 Max (546 GB/s) ; M5 Max 64GB … 614 GB/s</translation>
    </message>
    <message>
        <source>546 GB/s is only the 16-core-CPU / 40-core-GPU M4 Max (the binned M4 Max, e.g. the base Mac Studio, has 410 GB/s), and 614 GB/s only the 40-core-GPU M5 Max (~460 GB/s reported for the 32-core).</source>
        <translation>546 GB/s ne vaut que pour le M4 Max à CPU 16 cœurs / GPU 40 cœurs (le M4 Max d’entrée de gamme, p. ex. celui du Mac Studio de base, a 410 GB/s), et 614 GB/s que pour le M5 Max à GPU 40 cœurs (~460 GB/s rapportés pour la version 32 cœurs).</translation>
    </message>
    <message>
        <source>NVIDIA DGX Spark · ~$3,000</source>
        <translation>NVIDIA DGX Spark · ~$3,000</translation>
    </message>
    <message>
        <source>$3,000 was the CES 2025 &quot;Project DIGITS&quot; figure; the Founders Edition launched at $3,999 (2025-10-15) and ~$4,699 was reported in 2026. Partner GB10 systems such as the ASUS Ascent GX10 cost about $3,000.</source>
        <translation>$3&#xa0;000 était le chiffre «&#xa0;Project DIGITS&#xa0;» du CES 2025 ; la Founders Edition est sortie à $3&#xa0;999 (2025-10-15) et ~$4&#xa0;699 ont été rapportés en 2026. Les systèmes GB10 des partenaires, comme l’ASUS Ascent GX10, coûtent environ $3&#xa0;000.</translation>
    </message>
    <message>
        <source>Kimi K2.6 (~90GB?) for 96–128GB machines</source>
        <translation>Kimi K2.6 (~90GB ?) pour les machines de 96–128GB</translation>
    </message>
    <message>
        <source>Kimi K2.6 has about 1 trillion parameters; its native INT4 weights are ~594 GB (a 4-bit floor is 500 GB), so it fits no 128 GB machine.</source>
        <translation>Kimi K2.6 compte environ 1&#xa0;000 milliards de paramètres ; ses poids INT4 natifs font ~594 GB (un plancher en 4 bits est de 500 GB) : il ne tient donc sur aucune machine de 128 GB.</translation>
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
        <translation>le guide 2026 du matériel pour l’IA locale</translation>
    </message>
    <message>
        <source>No source recorded for this article.</source>
        <translation>Aucune source enregistrée pour cet article.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>en date de %1</translation>
    </message>
    <message>
        <source>independently confirmed</source>
        <translation>confirmé de façon indépendante</translation>
    </message>
    <message>
        <source>from the guide only, not independently confirmed</source>
        <translation>issu du guide seul, non confirmé de façon indépendante</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import your platforms, models and prices from a JSON or CSV file.</source>
        <translation>Importer vos plateformes, modèles et prix depuis un fichier JSON ou CSV.</translation>
    </message>
    <message>
        <source>A .json or .csv file written by localrig export.</source>
        <translation>Un fichier .json ou .csv écrit par localrig export.</translation>
    </message>
    <message>
        <source>localrig import: %1</source>
        <translation>localrig import : %1</translation>
    </message>
    <message>
        <source>localrig import: expected one FILE (.json or .csv)</source>
        <translation>localrig import : un seul FILE attendu (.json ou .csv)</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig : avertissement : %1</translation>
    </message>
    <message>
        <source>localrig import: there is no user database to import into</source>
        <translation>localrig import : aucune base de données utilisateur où importer</translation>
    </message>
    <message>
        <source>localrig import: nothing imported; fix these rows:</source>
        <translation>localrig import : rien n’a été importé ; corrigez ces lignes :</translation>
    </message>
    <message>
        <source>Imported %1 platform(s), %2 model(s) and %3 price(s) into %4</source>
        <translation>Importé : %1 plateforme(s), %2 modèle(s) et %3 prix dans %4</translation>
    </message>
    <message>
        <source>localrig import: nothing imported: %1</source>
        <translation>localrig import : rien n’a été importé : %1</translation>
    </message>
</context>
<context>
    <name>ImportModelCommand</name>
    <message>
        <source>Add a model to your catalog from a GGUF file or a Hugging Face config.json.</source>
        <translation>Ajouter un modèle à votre catalogue depuis un fichier GGUF ou un config.json Hugging Face.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher une sortie JSON lisible par machine.</translation>
    </message>
    <message>
        <source>The model&apos;s name (default: the file&apos;s own).</source>
        <translation>Le nom du modèle (par défaut : celui du fichier).</translation>
    </message>
    <message>
        <source>The catalog quantization the file is in (default: its file type).</source>
        <translation>La quantification du catalogue qui correspond au fichier (par défaut : son type de fichier).</translation>
    </message>
    <message>
        <source>Context of the Plan workload that runs the model (default 8192).</source>
        <translation>Contexte de la charge de travail de la page Planifier qui exécute le modèle (8192 par défaut).</translation>
    </message>
    <message>
        <source>Do not offer the model on the Plan page.</source>
        <translation>Ne pas proposer le modèle sur la page Planifier.</translation>
    </message>
    <message>
        <source>A .gguf file, a config.json, or a folder holding one.</source>
        <translation>Un fichier .gguf, un config.json ou un dossier qui en contient un.</translation>
    </message>
    <message>
        <source>localrig import-model: %1</source>
        <translation>localrig import-model : %1</translation>
    </message>
    <message>
        <source>localrig import-model: expected one FILE (.gguf, config.json or a folder)</source>
        <translation>localrig import-model : un seul FILE attendu (.gguf, config.json ou un dossier)</translation>
    </message>
    <message>
        <source>localrig import-model: --context must be a number of tokens from 1 to 1073741824</source>
        <translation>localrig import-model : --context doit être un nombre de tokens de 1 à 1073741824</translation>
    </message>
    <message>
        <source>localrig import-model: %1: %2; nothing was saved</source>
        <translation>localrig import-model : %1 : %2 ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>localrig: warning: %1</source>
        <translation>localrig : avertissement : %1</translation>
    </message>
    <message>
        <source>localrig import-model: there is no user database to save the model in</source>
        <translation>localrig import-model : aucune base de données utilisateur où enregistrer le modèle</translation>
    </message>
    <message>
        <source>%1 (your model)</source>
        <translation>%1 (votre modèle)</translation>
    </message>
    <message>
        <source>Replaced %1 (%2)</source>
        <translation>Remplacé : %1 (%2)</translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation>Ajouté : %1 (%2)</translation>
    </message>
    <message>
        <source>  Parameters  %1</source>
        <translation>  Paramètres         %1</translation>
    </message>
    <message>
        <source>  Weights     %1 bytes at %2, exactly as in the file</source>
        <translation>  Poids              %1 octets en %2, exactement comme dans le fichier</translation>
    </message>
    <message>
        <source>  Weights     estimated from bits per weight: the file states no exact size or no quantization</source>
        <translation>  Poids              estimés d’après les bits par poids : le fichier n’indique pas de taille exacte ou pas de quantification</translation>
    </message>
    <message>
        <source>  Workload    &quot;%1&quot; on the Plan page, %2 tokens of context</source>
        <translation>  Charge de travail  «&#xa0;%1&#xa0;» sur la page Planifier, %2 tokens de contexte</translation>
    </message>
    <message>
        <source>  Saved in    %1</source>
        <translation>  Enregistré dans    %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>File          %1 (%2)</source>
        <translation>Fichier          %1 (%2)</translation>
    </message>
    <message>
        <source>Architecture  %1</source>
        <translation>Architecture     %1</translation>
    </message>
    <message>
        <source>Name          %1</source>
        <translation>Nom              %1</translation>
    </message>
    <message>
        <source>Parameters    %1 (%2)%3</source>
        <translation>Paramètres       %1 (%2)%3</translation>
    </message>
    <message>
        <source>, estimated from the shapes</source>
        <translation>, estimés d’après les formes des tenseurs</translation>
    </message>
    <message>
        <source>Active        %1 (%2) per token</source>
        <translation>Actifs           %1 (%2) par token</translation>
    </message>
    <message>
        <source>%1 KV</source>
        <translation>%1 KV</translation>
    </message>
    <message>
        <source>KV %1 to %2 per layer</source>
        <translation>KV de %1 à %2 par couche</translation>
    </message>
    <message>
        <source>Layers        %1</source>
        <translation>Couches          %1</translation>
    </message>
    <message>
        <source>Heads         %1 query, %2</source>
        <translation>Têtes            %1 de requête, %2</translation>
    </message>
    <message>
        <source>Head dim      %1 (K) / %2 (V)</source>
        <translation>Dim. de tête     %1 (K) / %2 (V)</translation>
    </message>
    <message>
        <source>MLA           latent rank %1 + RoPE %2</source>
        <translation>MLA              rang latent %1 + RoPE %2</translation>
    </message>
    <message>
        <source>Window        %1 tokens on %2 of %3 layers</source>
        <translation>Fenêtre          %1 tokens sur %2 des %3 couches</translation>
    </message>
    <message>
        <source>Window        none</source>
        <translation>Fenêtre          aucune</translation>
    </message>
    <message>
        <source>Experts       %1, %2 per token</source>
        <translation>Experts          %1, %2 par token</translation>
    </message>
    <message>
        <source>Experts       none</source>
        <translation>Experts          aucun</translation>
    </message>
    <message>
        <source>Context       %1 tokens</source>
        <translation>Contexte         %1 tokens</translation>
    </message>
    <message>
        <source>Weights       %1 bytes (%2 GB, %3 bits per weight)</source>
        <translation>Poids            %1 octets (%2 GB, %3 bits par poids)</translation>
    </message>
    <message>
        <source>File type     %1</source>
        <translation>Type de fichier  %1</translation>
    </message>
    <message>
        <source>Quantization mix</source>
        <translation>Mélange de quantifications</translation>
    </message>
    <message>
        <source>  %1 %2 tensors %3 bytes %4 %</source>
        <translation>  %1 %2 tenseurs %3 octets %4 %</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>What a GGUF file or Hugging Face config.json says about its model.</source>
        <translation>Ce qu’un fichier GGUF ou un config.json Hugging Face indique sur son modèle.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher une sortie JSON lisible par machine.</translation>
    </message>
    <message>
        <source>A .gguf file, a config.json, or a folder holding one.</source>
        <translation>Un fichier .gguf, un config.json ou un dossier qui en contient un.</translation>
    </message>
    <message>
        <source>localrig inspect: %1</source>
        <translation>localrig inspect : %1</translation>
    </message>
    <message>
        <source>localrig inspect: a model file is required (FILE.gguf or config.json)</source>
        <translation>localrig inspect : un fichier de modèle est requis (FILE.gguf ou config.json)</translation>
    </message>
    <message>
        <source>localrig inspect: expected one file, got %1</source>
        <translation>localrig inspect : un seul fichier attendu, reçu : %1</translation>
    </message>
    <message>
        <source>localrig inspect: %1: %2</source>
        <translation>localrig inspect : %1 : %2</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>localrig: unknown language &apos;%1&apos; for --lang (available: %2)</source>
        <translation>localrig : langue inconnue &apos;%1&apos; pour --lang (disponibles : %2)</translation>
    </message>
    <message>
        <source>localrig: --lang needs a language code (available: %1)</source>
        <translation>localrig : --lang attend un code de langue (disponibles : %1)</translation>
    </message>
</context>
<context>
    <name>MeasuredEvidence</name>
    <message>
        <source>mixture-of-experts models</source>
        <translation>les modèles à mélange d&apos;experts</translation>
    </message>
    <message>
        <source>dense models</source>
        <translation>les modèles denses</translation>
    </message>
    <message>
        <source>%1 %2 on %3 at %4 of context decoded %5 where LocalRig estimates %6</source>
        <translation>%1 %2 sur %3 avec %4 de contexte a décodé %5 là où LocalRig estime %6</translation>
    </message>
    <message>
        <source>published runs slower</source>
        <translation>exécutions publiées plus lentes</translation>
    </message>
    <message>
        <source>published runs faster</source>
        <translation>exécutions publiées plus rapides</translation>
    </message>
    <message numerus="yes">
        <source>Published runs of this machine decode %1 at about %2 % of LocalRig&apos;s estimate (%n run(s)): %3. Its speeds for such models are scaled to those runs; see Hardware, Measured on this machine.</source>
        <translation>
            <numerusform>Les exécutions publiées de cette machine décodent %1 à environ %2 % de l&apos;estimation de LocalRig (%n exécution) : %3. Ses vitesses pour ces modèles sont ramenées à celles de ces exécutions ; voir Matériel, Mesuré sur cette machine.</numerusform>
            <numerusform>Les exécutions publiées de cette machine décodent %1 à environ %2 % de l&apos;estimation de LocalRig (%n exécutions) : %3. Ses vitesses pour ces modèles sont ramenées à celles de ces exécutions ; voir Matériel, Mesuré sur cette machine.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
</context>
<context>
    <name>MeasuredSpeedText</name>
    <message>
        <source>Measured: %1 tokens/s decode at %2 of context on %3.</source>
        <translation>Mesuré : %1 tokens/s en décodage à %2 de contexte sur %3.</translation>
    </message>
    <message>
        <source>This machine usually runs %1; no %1 measurement is published.</source>
        <translation>Cette machine utilise d’habitude %1 ; aucune mesure %1 n’est publiée.</translation>
    </message>
    <message>
        <source>Prefill: %1 tokens/s on a %2-token prompt.</source>
        <translation>Préremplissage : %1 tokens/s sur un prompt de %2 tokens.</translation>
    </message>
    <message>
        <source>Prefill: %1 tokens/s.</source>
        <translation>Préremplissage : %1 tokens/s.</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Source : %1, %2</translation>
    </message>
    <message>
        <source>LocalRig&apos;s estimate: %1</source>
        <translation>Estimation de LocalRig : %1</translation>
    </message>
    <message>
        <source>%1 tokens/s measured</source>
        <translation>%1 tokens/s mesurés</translation>
    </message>
    <message>
        <source>%1 tokens/s measured (%2)</source>
        <translation>%1 tokens/s mesurés (%2)</translation>
    </message>
    <message>
        <source>%1 measured</source>
        <translation>%1 mesuré</translation>
    </message>
    <message>
        <source>%1 measured (%2)</source>
        <translation>%1 mesuré (%2)</translation>
    </message>
</context>
<context>
    <name>MemoryFitChart</name>
    <message>
        <source>Memory fit: %1</source>
        <translation>Occupation mémoire : %1</translation>
    </message>
    <message>
        <source>Memory fit: the largest model on each machine</source>
        <translation>Occupation mémoire : le plus grand modèle sur chaque machine</translation>
    </message>
    <message>
        <source>%1 · %2 — %3: %4 of %5</source>
        <translation>%1 · %2 — %3 : %4 sur %5</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Surcoût</translation>
    </message>
    <message>
        <source>Memory (GB = 2³⁰ bytes)</source>
        <translation>Mémoire (GB = 2³⁰ octets)</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>%1: %2 of VRAM</source>
        <translation>%1 : %2 de VRAM</translation>
    </message>
    <message>
        <source>%1: %2 of memory</source>
        <translation>%1 : %2 de mémoire</translation>
    </message>
    <message>
        <source>Headroom %1 %</source>
        <translation>Marge %1 %</translation>
    </message>
    <message>
        <source>comfortable ≤ %1</source>
        <translation>confortable ≤ %1</translation>
    </message>
    <message>
        <source>%1: comfortable up to %2 (VRAM less a 1 GB margin)</source>
        <translation>%1 : confortable jusqu’à %2 (VRAM moins une marge de 1 GB)</translation>
    </message>
    <message>
        <source>%1: comfortable up to %2 (%3 % of memory, or what the GPU may use)</source>
        <translation>%1 : confortable jusqu’à %2 (%3 % de la mémoire, ou ce que le GPU peut utiliser)</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <translation>↑ %1</translation>
    </message>
    <message>
        <source>%1: %2 of memory, comfortable up to %3; above this chart&apos;s range</source>
        <translation>%1 : %2 de mémoire, confortable jusqu’à %3 ; au-delà de l’échelle de ce graphique</translation>
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
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
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
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1, estimated from the shapes</source>
        <translation>%1, estimés d’après les formes des tenseurs</translation>
    </message>
    <message>
        <source>Active per token</source>
        <translation>Actifs par token</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>MLA latent rank %1 + RoPE %2</source>
        <translation>Rang latent MLA %1 + RoPE %2</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>Têtes KV</translation>
    </message>
    <message>
        <source>%1 of %2 query heads</source>
        <translation>%1 sur %2 têtes de requête</translation>
    </message>
    <message>
        <source>%1 to %2 per layer, %3 query heads</source>
        <translation>%1 à %2 par couche, %3 têtes de requête</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>Dimension de tête</translation>
    </message>
    <message>
        <source>%1 (K) / %2 (V)</source>
        <translation>%1 (K) / %2 (V)</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>Fenêtre glissante</translation>
    </message>
    <message>
        <source>%1 on %2 of %3 layers</source>
        <translation>%1 sur %2 des %3 couches</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>%1, %2 per token</source>
        <translation>%1, %2 par token</translation>
    </message>
    <message>
        <source>none (dense)</source>
        <translation>aucun (dense)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Quantization mix</source>
        <translation>Mélange de quantifications</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>%1 bytes (%2 GB, %3 bits per weight)</source>
        <translation>%1 octets (%2 GB, %3 bits par poids)</translation>
    </message>
    <message>
        <source>not stated by the file: estimated from bits per weight</source>
        <translation>non indiqué par le fichier : estimé d’après les bits par poids</translation>
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
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>LocalRig recommendation</source>
        <translation>Recommandation LocalRig</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>A use case to plan for (repeatable), e.g. coding-assistant.</source>
        <translation>Un cas d’usage à planifier (répétable), p. ex. coding-assistant.</translation>
    </message>
    <message>
        <source>Parallel agents or sessions (default: the workloads&apos; own).</source>
        <translation>Agents ou sessions en parallèle (par défaut : ceux des charges de travail).</translation>
    </message>
    <message>
        <source>Most you would spend, in USD.</source>
        <translation>Le maximum que vous êtes prêt à dépenser, en USD.</translation>
    </message>
    <message>
        <source>apple, nvidia, amd or any (default any).</source>
        <translation>apple, nvidia, amd ou any (any par défaut).</translation>
    </message>
    <message>
        <source>Laptops only.</source>
        <translation>Portables uniquement.</translation>
    </message>
    <message>
        <source>What you spend on a cloud API per month, in USD.</source>
        <translation>Vos dépenses mensuelles en API cloud, en USD.</translation>
    </message>
    <message>
        <source>Electricity price (default 0.1648).</source>
        <translation>Prix de l’électricité (0.1648 par défaut).</translation>
    </message>
    <message>
        <source>Hours of generation per day (default 8).</source>
        <translation>Heures de génération par jour (8 par défaut).</translation>
    </message>
    <message>
        <source>Comfortable share of RAM, 0.5-0.95 (default 0.75).</source>
        <translation>Part confortable de la RAM, 0.5-0.95 (0.75 par défaut).</translation>
    </message>
    <message>
        <source>KV cache element type: f16, q8_0 or q4_0.</source>
        <translation>Type d’élément du cache KV : f16, q8_0 ou q4_0.</translation>
    </message>
    <message>
        <source>Context length in tokens, e.g. 32768, 32K or 1M (default: each workload&apos;s own).</source>
        <translation>Longueur de contexte en tokens, p. ex. 32768, 32K ou 1M (par défaut : celle de chaque charge de travail).</translation>
    </message>
    <message>
        <source>Run the workloads at the same time: memory adds up and they share the bandwidth.</source>
        <translation>Exécuter les charges de travail en même temps : la mémoire s’additionne et elles se partagent la bande passante.</translation>
    </message>
    <message>
        <source>You already have a desktop PC that takes a graphics card: cards cost the card alone.</source>
        <translation>Vous avez déjà un PC de bureau qui accueille une carte graphique : les cartes sont comptées au prix de la carte seule.</translation>
    </message>
    <message>
        <source>Fine-tuning method: full, lora or qlora (default lora).</source>
        <translation>Méthode de fine-tuning : full, lora ou qlora (lora par défaut).</translation>
    </message>
    <message>
        <source>LoRA rank for fine-tuning (default 16).</source>
        <translation>Rang LoRA pour le fine-tuning (16 par défaut).</translation>
    </message>
    <message>
        <source>Sequences per fine-tuning step (default 1).</source>
        <translation>Séquences par pas de fine-tuning (1 par défaut).</translation>
    </message>
    <message>
        <source>Fine-tuning sequence length in tokens (default: the workload&apos;s context).</source>
        <translation>Longueur de séquence du fine-tuning en tokens (par défaut : le contexte de la charge de travail).</translation>
    </message>
    <message>
        <source>Fine-tune without gradient checkpointing.</source>
        <translation>Fine-tuning sans gradient checkpointing.</translation>
    </message>
    <message>
        <source>Fine-tuning optimizer: adamw, adamw_8bit or sgd.</source>
        <translation>Optimiseur du fine-tuning : adamw, adamw_8bit ou sgd.</translation>
    </message>
    <message>
        <source>Tokens in one fine-tuning epoch, e.g. 10M (default 10M).</source>
        <translation>Tokens dans une époque de fine-tuning, p. ex. 10M (10M par défaut).</translation>
    </message>
</context>
<context>
    <name>PriceSpeedChart</name>
    <message>
        <source>%1: %2, %3 with %4</source>
        <translation>%1 : %2, %3 avec %4</translation>
    </message>
    <message>
        <source>Price against speed</source>
        <translation>Prix et vitesse</translation>
    </message>
    <message>
        <source>Price (US $)</source>
        <translation>Prix ($ US)</translation>
    </message>
    <message>
        <source>Machines that run the plan</source>
        <translation>Machines qui exécutent le plan</translation>
    </message>
    <message>
        <source> — on the Pareto front</source>
        <translation> — sur le front de Pareto</translation>
    </message>
    <message>
        <source>Pareto front (nothing cheaper is faster)</source>
        <translation>Front de Pareto (rien de moins cher n’est plus rapide)</translation>
    </message>
    <message>
        <source>On the front</source>
        <translation>Sur le front</translation>
    </message>
    <message>
        <source>Decode speed (tokens/s)</source>
        <translation>Vitesse de décodage (tokens/s)</translation>
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
        <translation>Le catalogue fourni est illisible, LocalRig ne peut donc pas démarrer.

%1</translation>
    </message>
    <message>
        <source>QApplication construction</source>
        <translation>construction de QApplication</translation>
    </message>
    <message>
        <source>settings and language</source>
        <translation>réglages et langue</translation>
    </message>
    <message>
        <source>catalog open</source>
        <translation>ouverture du catalogue</translation>
    </message>
    <message>
        <source>main window construction</source>
        <translation>construction de la fenêtre principale</translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <source>Machines, best first:</source>
        <translation>Machines, les meilleures d’abord :</translation>
    </message>
    <message>
        <source>break-even %1</source>
        <translation>rentabilité : %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>From the guide:</source>
        <translation>Selon le guide :</translation>
    </message>
    <message>
        <source>The tier and the machines your workloads need, ranked, with reasons.</source>
        <translation>Le niveau et les machines qu’exigent vos charges de travail, classées, avec les raisons.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher une sortie JSON lisible par machine.</translation>
    </message>
    <message>
        <source>localrig recommend: %1</source>
        <translation>localrig recommend : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>premier token %1</translation>
    </message>
    <message>
        <source>training %1 tokens/s, epoch %2</source>
        <translation>entraînement %1 tokens/s, époque %2</translation>
    </message>
</context>
<context>
    <name>RecommendationExport</name>
    <message>
        <source>Export Recommendation</source>
        <translation>Exporter la recommandation</translation>
    </message>
    <message>
        <source>Tick at least one workload on the Plan page first.</source>
        <translation>Cochez d’abord au moins une charge de travail sur la page Planifier.</translation>
    </message>
    <message>
        <source>LocalRig recommendation.pdf</source>
        <translation>Recommandation LocalRig.pdf</translation>
    </message>
    <message>
        <source>Export Recommendation as PDF</source>
        <translation>Exporter la recommandation en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the recommendation…</source>
        <translation>Rédaction de la recommandation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the recommendation for your workloads as a PDF.</source>
        <translation>Écrire en PDF la recommandation pour vos charges de travail.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>localrig report: %1</source>
        <translation>localrig report : %1</translation>
    </message>
    <message>
        <source>localrig report: give the file to write with --pdf FILE</source>
        <translation>localrig report : indiquez le fichier à écrire avec --pdf FILE</translation>
    </message>
    <message>
        <source>Wrote %1 in %2 ms</source>
        <translation>%1 écrit en %2 ms</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>LocalRig recommendation</source>
        <translation>Recommandation LocalRig</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Recommended tier</source>
        <translation>Niveau recommandé</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>From the guide</source>
        <translation>Selon le guide</translation>
    </message>
    <message>
        <source>No machines were ranked.</source>
        <translation>Aucune machine n’a été classée.</translation>
    </message>
    <message>
        <source>Assumptions and formulas</source>
        <translation>Hypothèses et formules</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Prices change</source>
        <translation>Les prix changent</translation>
    </message>
    <message>
        <source>Prepared %1 · catalog of %2</source>
        <translation>Établi le %1 · catalogue du %2</translation>
    </message>
    <message>
        <source>%1 — the tier, your inputs and the reasons follow in the appendix.</source>
        <translation>%1 — le niveau, vos paramètres et les raisons figurent en annexe.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Price (complete)</source>
        <translation>Prix (complet)</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Premier token</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Rentabilité</translation>
    </message>
    <message>
        <source>The top machines</source>
        <translation>Les meilleures machines</translation>
    </message>
    <message>
        <source>No priced machine runs this plan.</source>
        <translation>Aucune machine avec un prix n’exécute ce plan.</translation>
    </message>
    <message>
        <source>Appendix: your inputs</source>
        <translation>Annexe : vos paramètres</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
    <message>
        <source>Also good</source>
        <translation>Autres bons choix</translation>
    </message>
    <message>
        <source>Appendix: every machine, ranked</source>
        <translation>Annexe : toutes les machines, classées</translation>
    </message>
    <message>
        <source>Decode speed is the slowest workload&apos;s: at the start of a session, then with every session&apos;s context full. First token is for the workload&apos;s typical prompt.</source>
        <translation>La vitesse de décodage est celle de la charge de travail la plus lente : au début d’une session, puis avec le contexte de chaque session plein. Le premier token correspond au prompt typique de la charge de travail.</translation>
    </message>
    <message>
        <source>Appendix: comparison of the top machines</source>
        <translation>Annexe : comparaison des meilleures machines</translation>
    </message>
    <message>
        <source>Decode (tokens/s): start → full</source>
        <translation>Décodage (jetons/s) : début → plein</translation>
    </message>
    <message>
        <source>Appendix: how to run it</source>
        <translation>Annexe : comment le faire tourner</translation>
    </message>
    <message>
        <source>The llama.cpp command each estimate assumes, on the top machines: context (-c), parallel sessions (-np), layers on the GPU (-ngl) and where the weights go.</source>
        <translation>La commande llama.cpp que suppose chaque estimation, sur les meilleures machines : contexte (-c), sessions parallèles (-np), couches sur le GPU (-ngl) et emplacement des poids.</translation>
    </message>
    <message>
        <source>No machine runs this plan well, so there is no command to give.</source>
        <translation>Aucune machine n’exécute bien ce plan : il n’y a donc aucune commande à donner.</translation>
    </message>
    <message>
        <source>If you change the plan</source>
        <translation>Si vous changez le plan</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Portable only</source>
        <translation>Portables uniquement</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>API spend today</source>
        <translation>Dépenses API actuelles</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>%1 % of unified memory</source>
        <translation>%1 % de la mémoire unifiée</translation>
    </message>
    <message>
        <source>KV cache type</source>
        <translation>Type de cache KV</translation>
    </message>
    <message>
        <source>Weights = total parameters × bits per weight ÷ 8 (Q4_K_M ≈ 4.85 bits); a measured file size wins when the catalog has one. Source: llama.cpp tools/quantize sizes, NyxKrage LLM calculator.</source>
        <translation>Poids = paramètres totaux × bits par poids ÷ 8 (Q4_K_M ≈ 4,85 bits) ; une taille de fichier mesurée prime quand le catalogue en a une. Source : tailles de llama.cpp tools/quantize, calculateur LLM de NyxKrage.</translation>
    </message>
    <message>
        <source>KV cache per token = 2 × attention layers × KV heads × head dimension × bytes per element (f16 %1, q8_0 %2, q4_0 %3), × context × parallel sessions; MLA caches one latent per layer, sliding-window layers at most their window. Source: NVIDIA &quot;Mastering LLM Techniques: Inference Optimization&quot;; ggml block sizes; unsloth PR #4757.</source>
        <translation>Cache KV par token = 2 × couches d’attention × têtes KV × dimension de tête × octets par élément (f16 %1, q8_0 %2, q4_0 %3), × contexte × sessions parallèles ; MLA met en cache un latent par couche, les couches à fenêtre glissante au plus leur fenêtre. Source : NVIDIA «&#xa0;Mastering LLM Techniques: Inference Optimization&#xa0;» ; tailles de bloc ggml ; PR unsloth #4757.</translation>
    </message>
    <message>
        <source>Overhead = %1 runtime + %2 MiB compute buffer per attention head (flash attention on). Source: Ollama issue #10765 (457 MiB CUDA minimum); NyxKrage&apos;s compute-buffer formula.</source>
        <translation>Surcoût = %1 de runtime + %2 MiB de tampon de calcul par tête d’attention (flash attention activée). Source : ticket Ollama #10765 (minimum CUDA de 457 MiB) ; formule du tampon de calcul de NyxKrage.</translation>
    </message>
    <message>
        <source>Headroom rule: on unified memory a model is comfortable up to %1 % of RAM and tight up to what the GPU may use (macOS: about 2/3 of RAM at 16 GB, 3/4 at 32–64 GB, 0.84 at 128 GB); on a GPU it fits when it stays 1 GB under VRAM, else part of it is offloaded. Source: the guide; MTLDevice.recommendedMaxWorkingSetSize (llama.cpp #1870); llama.cpp PR #16653.</source>
        <translation>Règle de marge : en mémoire unifiée, un modèle est confortable jusqu’à %1 % de la RAM et serré jusqu’à ce que le GPU peut utiliser (macOS : environ 2/3 de la RAM à 16 GB, 3/4 de 32 à 64 GB, 0,84 à 128 GB) ; sur un GPU, il tient s’il reste 1 GB sous la VRAM, sinon une partie est déchargée. Source : le guide ; MTLDevice.recommendedMaxWorkingSetSize (llama.cpp #1870) ; PR llama.cpp #16653.</translation>
    </message>
    <message>
        <source>Minimum speed to recommend a machine: %1. Source: LocalRig default, faster than reading.</source>
        <translation>Vitesse minimale pour recommander une machine : %1. Source : valeur par défaut de LocalRig, plus rapide que la lecture.</translation>
    </message>
    <message>
        <source>Catalog date: %1.</source>
        <translation>Date du catalogue : %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>The 2026 local-AI hardware guide: tiers, use cases, headroom rule and disclaimer.</source>
        <translation>Le guide 2026 du matériel pour l’IA locale : niveaux, cas d’usage, règle de marge et avertissement.</translation>
    </message>
    <message>
        <source>%1 price %2</source>
        <translation>Prix de %1 : %2</translation>
    </message>
    <message>
        <source>From the guide: specifications, availability, and pricing change frequently. Always verify current details directly with manufacturers and retailers before making purchasing decisions. Prices in this report are the catalog&apos;s as of its date.</source>
        <translation>Selon le guide : les caractéristiques, la disponibilité et les prix changent souvent. Vérifiez toujours les informations à jour directement auprès des fabricants et des revendeurs avant tout achat. Les prix de ce rapport sont ceux du catalogue à sa date.</translation>
    </message>
    <message>
        <source>%1 per kWh, %2 hours a day under load</source>
        <translation>%1 par kWh, %2 heures par jour en charge</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Context × agents</source>
        <translation>Contexte × agents</translation>
    </message>
    <message>
        <source>%1 × %2, for every workload</source>
        <translation>%1 × %2, pour chaque charge de travail</translation>
    </message>
    <message>
        <source>each workload&apos;s own: %1</source>
        <translation>propres à chaque charge de travail : %1</translation>
    </message>
    <message>
        <source>Run together</source>
        <translation>Exécution simultanée</translation>
    </message>
    <message>
        <source>yes: memory adds up, bandwidth is shared</source>
        <translation>oui : la mémoire s’additionne, la bande passante est partagée</translation>
    </message>
    <message>
        <source>no: one workload at a time</source>
        <translation>non : une charge de travail à la fois</translation>
    </message>
    <message>
        <source>Own desktop PC</source>
        <translation>PC de bureau personnel</translation>
    </message>
    <message>
        <source>yes: cards are priced alone</source>
        <translation>oui : les cartes sont comptées seules</translation>
    </message>
    <message>
        <source>no: cards are priced with a host PC</source>
        <translation>non : les cartes sont comptées avec un PC hôte</translation>
    </message>
    <message>
        <source>Total cost = the complete system&apos;s price (a graphics card with the desktop PC it needs) + load watts × hours a day × days × price per kWh, against the API spend per month; break-even is the first month whose cumulative API spend reaches the machine&apos;s cost, searched over %1 years, and only for machines that run the plan well. Source: the guide ($2,000 machine against $150/month ≈ a year); EIA 2024 electricity price.</source>
        <translation>Coût total = prix du système complet (une carte graphique avec le PC de bureau dont elle a besoin) + watts en charge × heures par jour × jours × prix du kWh, face aux dépenses API mensuelles ; le seuil de rentabilité est le premier mois où les dépenses API cumulées atteignent le coût de la machine, recherché sur %1 ans, et seulement pour les machines qui exécutent bien le plan. Source : le guide (machine à $2&#xa0;000 contre $150/mois ≈ un an) ; prix de l’électricité EIA 2024.</translation>
    </message>
    <message>
        <source>Verdicts: Great = fits under the headroom line, at least %1 at half the context and the first token within %2; Good = fits and stays at or above %3 when the context fills; Slow = under that, or the first token takes over %4; Too large = does not fit. Source: reading speed (Brysbaert 2019) and Nielsen&apos;s response-time limits.</source>
        <translation>Verdicts : Excellent = tient sous le seuil de marge, au moins %1 à mi-contexte et premier token en %2 au plus ; Bon = tient et reste à %3 ou plus quand le contexte se remplit ; Lent = en dessous, ou premier token en plus de %4 ; Trop grand = ne tient pas. Source : vitesse de lecture (Brysbaert 2019) et limites de temps de réponse de Nielsen.</translation>
    </message>
    <message>
        <source>Sizing constants: LocalRig&apos;s documented defaults, each with its source in the formulas above.</source>
        <translation>Constantes de dimensionnement : les valeurs par défaut documentées de LocalRig, chacune avec sa source dans les formules ci-dessus.</translation>
    </message>
    <message>
        <source>Comfortable reading speed ≈ %1: a fast reader&apos;s 300 words a minute at about 1.3 tokens per word (the average is 238 words a minute). Source: Brysbaert (2019), J. Memory and Language 109.</source>
        <translation>Vitesse de lecture confortable ≈ %1 : les 300 mots par minute d’un lecteur rapide, à environ 1,3 token par mot (la moyenne est de 238 mots par minute). Source : Brysbaert (2019), J. Memory and Language 109.</translation>
    </message>
    <message>
        <source>Decode time per token = bytes read per token (active weights + KV cache at the current context) ÷ (η × memory bandwidth) + a launch time per layer + 2 × active parameters ÷ (FP16 FLOPS ÷ c); with offload the memory term is summed over the pools. η, the layer time and c are fitted to published llama.cpp runs; the band is the spread of their errors on hardware left out of the fit. Where two or more published runs of a machine miss its estimate by over 1.4× for the plan&apos;s kind of model, its speeds are scaled to their median. Source: llama-bench results; kipply, &quot;Transformer Inference Arithmetic&quot;.</source>
        <translation>Temps de décodage par token = octets lus par token (poids actifs + cache KV au contexte courant) ÷ (η × bande passante mémoire) + un temps de lancement par couche + 2 × paramètres actifs ÷ (FLOPS FP16 ÷ c) ; avec déchargement, le terme mémoire est additionné sur les zones mémoire. η, le temps par couche et c sont ajustés sur des exécutions llama.cpp publiées ; la plage est la dispersion de leurs erreurs sur du matériel exclu de l&apos;ajustement. Lorsque deux exécutions publiées ou plus d&apos;une machine s&apos;écartent de son estimation de plus de 1,4× pour le type de modèle du plan, ses vitesses sont ramenées à leur médiane. Source : résultats llama-bench ; kipply, «&#xa0;Transformer Inference Arithmetic&#xa0;».</translation>
    </message>
    <message>
        <source>Prefill tokens/s = η × FP16 TFLOPS ÷ (2 × active parameters + attention at the prompt&apos;s depth), plus the weights read once per 512-token batch; time to first token for a %1 prompt. Source: kipply, &quot;Transformer Inference Arithmetic&quot;; gpu_poor.</source>
        <translation>Préremplissage en tokens/s = η × TFLOPS FP16 ÷ (2 × paramètres actifs + attention à la profondeur du prompt), plus les poids lus une fois par lot de 512 tokens ; délai du premier token pour un prompt de %1. Source : kipply, «&#xa0;Transformer Inference Arithmetic&#xa0;» ; gpu_poor.</translation>
    </message>
</context>
<context>
    <name>RunAdvice</name>
    <message>
        <source>Some layers run from system RAM (partial offload), which slows every token.</source>
        <translation>Certaines couches tournent depuis la RAM système (déchargement partiel), ce qui ralentit chaque jeton.</translation>
    </message>
    <message>
        <source>Experts of %1 of %2 layers in system RAM (%3 there, %4 on the card): faster than moving whole layers off the card.</source>
        <translation>Experts de %1 des %2 couches en RAM système (%3 là-bas, %4 sur la carte) : plus rapide que de sortir des couches entières de la carte.</translation>
    </message>
    <message>
        <source>%1: %2 layers, %3</source>
        <translation>%1 : %2 couches, %3</translation>
    </message>
    <message>
        <source>Layers split over the cards, each reading its own share in turn (%1).</source>
        <translation>Couches réparties sur les cartes, chacune lisant sa part à tour de rôle (%1).</translation>
    </message>
    <message>
        <source>Run %1 with: %2</source>
        <translation>Lancer %1 avec : %2</translation>
    </message>
    <message>
        <source>macOS lets the GPU use %1 by default; this plan needs %2. Raising the limit with &quot;%3&quot; lets it use up to %4 and leaves %5 for macOS and your apps: close other programs while a model runs. The setting lasts until the next restart.</source>
        <translation>macOS laisse le GPU utiliser %1 par défaut ; ce plan demande %2. Relever la limite avec « %3 » lui permet d’utiliser jusqu’à %4 et laisse %5 à macOS et à vos applications : fermez les autres programmes pendant qu’un modèle tourne. Le réglage dure jusqu’au prochain redémarrage.</translation>
    </message>
    <message>
        <source>With tensor parallelism instead (vLLM --tensor-parallel-size %1, or llama.cpp -sm tensor) the cards read at the same time: about %2 tokens/s when the context is full, from one published comparison.</source>
        <translation>Avec le parallélisme de tenseurs à la place (vLLM --tensor-parallel-size %1, ou llama.cpp -sm tensor), les cartes lisent en même temps : environ %2 tokens/s une fois le contexte plein, d’après une comparaison publiée.</translation>
    </message>
    <message>
        <source>Advanced setup: layers split over the machines, which pass every token along the network link in turn; the speed band is wide because few such setups are measured.</source>
        <translation>Configuration avancée : couches réparties sur les machines, qui se transmettent chaque token tour à tour par la liaison réseau ; la plage de vitesse est large car peu de configurations de ce type ont été mesurées.</translation>
    </message>
</context>
<context>
    <name>TcoChart</name>
    <message>
        <source>Cost over time</source>
        <translation>Coût dans le temps</translation>
    </message>
    <message>
        <source>Months after purchase</source>
        <translation>Mois après l’achat</translation>
    </message>
    <message>
        <source>Cumulative cost (US $)</source>
        <translation>Coût cumulé ($ US)</translation>
    </message>
    <message>
        <source>%1, month %2: %3 (%4 price + %5 a month of electricity)</source>
        <translation>%1, mois %2 : %3 (prix de %4 + %5 d’électricité par mois)</translation>
    </message>
    <message>
        <source>API, month %1: %2</source>
        <translation>API, mois %1 : %2</translation>
    </message>
    <message>
        <source>API %1/month</source>
        <translation>API %1/mois</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Seuil de rentabilité</translation>
    </message>
    <message>
        <source>%1 pays for itself in %2 (%3 spent either way)</source>
        <translation>%1 s’amortit au %2 (%3 dépensés dans les deux cas)</translation>
    </message>
    <message>
        <source>break-even: %1</source>
        <translation>rentabilité : %1</translation>
    </message>
</context>
<context>
    <name>TcoCommand</name>
    <message>
        <source>Total cost of a machine against monthly API spend, with the break-even month.</source>
        <translation>Coût total d’une machine face aux dépenses API mensuelles, avec le mois de rentabilité.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher une sortie JSON lisible par machine.</translation>
    </message>
    <message>
        <source>Price of the machine in USD.</source>
        <translation>Prix de la machine en USD.</translation>
    </message>
    <message>
        <source>API spend per month in USD.</source>
        <translation>Dépenses API par mois en USD.</translation>
    </message>
    <message>
        <source>Hours of generation per day (default 8).</source>
        <translation>Heures de génération par jour (8 par défaut).</translation>
    </message>
    <message>
        <source>Electricity price (default 0.1648, US 2024 average).</source>
        <translation>Prix de l’électricité (0.1648 par défaut, moyenne américaine 2024).</translation>
    </message>
    <message>
        <source>Months to compare (default 36).</source>
        <translation>Mois à comparer (36 par défaut).</translation>
    </message>
    <message>
        <source>Share of the price recovered by selling at the end (default 0).</source>
        <translation>Part du prix récupérée en revendant à la fin (0 par défaut).</translation>
    </message>
    <message>
        <source>localrig tco: %1</source>
        <translation>localrig tco : %1</translation>
    </message>
    <message>
        <source>Break-even in month %1 (the lines cross after %2 months)</source>
        <translation>Rentabilité au mois %1 (les courbes se croisent après %2 mois)</translation>
    </message>
    <message numerus="yes">
        <source>Never breaks even within %n month(s)</source>
        <translation>
            <numerusform>Jamais rentable sur %n mois</numerusform>
            <numerusform>Jamais rentable sur %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s): local %1, API %2</source>
        <translation>
            <numerusform>Après %n mois : local %1, API %2</numerusform>
            <numerusform>Après %n mois : local %1, API %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Electricity: %1 per month (0 W)</source>
        <translation>Électricité : %1 par mois (0 W)</translation>
    </message>
    <message>
        <source>Electricity: left out (give --watts, or --machine for its catalog load power)</source>
        <translation>Électricité : non comptée (indiquez --watts, ou --machine pour la puissance en charge de la machine dans le catalogue)</translation>
    </message>
    <message>
        <source>Electricity: left out, the catalog has no load power for %1 (give --watts)</source>
        <translation>Électricité : non comptée, le catalogue n’a pas de puissance en charge pour %1 (indiquez --watts)</translation>
    </message>
    <message>
        <source>Electricity: %1 per month (%2 under load, from the catalog for %3; %4 per kWh)</source>
        <translation>Électricité : %1 par mois (%2 en charge, d’après le catalogue pour %3 ; %4 par kWh)</translation>
    </message>
    <message>
        <source>Electricity: %1 per month (%2 under load; %3 per kWh)</source>
        <translation>Électricité : %1 par mois (%2 en charge ; %3 par kWh)</translation>
    </message>
    <message>
        <source>Wall power while generating (default: the machine&apos;s catalog load power with --machine, else electricity is left out).</source>
        <translation>Puissance à la prise pendant la génération (par défaut : la puissance en charge de la machine dans le catalogue avec --machine, sinon l’électricité n’est pas comptée).</translation>
    </message>
    <message>
        <source>A catalog machine by name or id, for its load power (see localrig catalog list machines).</source>
        <translation>Une machine du catalogue, par nom ou par id, pour sa puissance en charge (voir localrig catalog list machines).</translation>
    </message>
</context>
<context>
    <name>ThisComputerText</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>marque</translation>
    </message>
    <message>
        <source>form factor</source>
        <translation>format</translation>
    </message>
    <message>
        <source>memory kind</source>
        <translation>type de mémoire</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>backend</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>bande passante mémoire</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>TFLOPS FP16</translation>
    </message>
    <message>
        <source>load power</source>
        <translation>puissance en charge</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;b&gt;Detected&lt;/b&gt; on this computer: %1.</source>
        <translation>&lt;b&gt;Détecté&lt;/b&gt; sur cet ordinateur : %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the catalog&apos;s %1&lt;/b&gt;, which has the same chip: %2. Check them.</source>
        <translation>&lt;b&gt;Repris de %1 (catalogue)&lt;/b&gt;, qui a la même puce : %2. Vérifiez ces valeurs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You need to enter&lt;/b&gt;: %1. LocalRig cannot read these from the system and does not guess them; the maker&apos;s specification sheet lists them.</source>
        <translation>&lt;b&gt;À saisir par vous&lt;/b&gt; : %1. LocalRig ne peut pas les lire sur le système et ne les devine pas ; la fiche technique du fabricant les indique.</translation>
    </message>
    <message>
        <source>%1 with %2 cores, %3 threads</source>
        <translation>%1 avec %2 cœurs, %3 threads</translation>
    </message>
    <message>
        <source>%1 GiB reported by %2</source>
        <translation>%1 GiB indiqués par %2</translation>
    </message>
    <message>
        <source>%1 GPU</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>%1 with %2 GiB</source>
        <translation>%1 avec %2 GiB</translation>
    </message>
    <message>
        <source>no GPU</source>
        <translation>aucun GPU</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Trouvé&lt;/b&gt; : %1.</translation>
    </message>
    <message>
        <source>Source: measured on this computer, %1</source>
        <translation>Source : mesure sur cet ordinateur, %1</translation>
    </message>
    <message>
        <source>fast, with headroom</source>
        <translation>rapide, avec de la marge</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured&lt;/b&gt; on this computer, %1: memory reads at %2 GB/s (the best of %3 passes on %4 threads; median %5 GB/s).</source>
        <translation>&lt;b&gt;Mesuré&lt;/b&gt; sur cet ordinateur, %1 : lecture mémoire à %2 GB/s (la meilleure de %3 passes sur %4 threads ; médiane %5 GB/s).</translation>
    </message>
    <message>
        <source>That is the system RAM behind the graphics card; the card&apos;s own VRAM bandwidth is the figure below.</source>
        <translation>Il s’agit de la RAM système derrière la carte graphique ; la bande passante de la VRAM de la carte elle-même est la valeur ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not measured&lt;/b&gt;: the measurement was cancelled. Type the memory bandwidth below.</source>
        <translation>&lt;b&gt;Non mesuré&lt;/b&gt; : la mesure a été annulée. Saisissez la bande passante mémoire ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not measured&lt;/b&gt;: %1 Type the memory bandwidth below.</source>
        <translation>&lt;b&gt;Non mesuré&lt;/b&gt; : %1 Saisissez la bande passante mémoire ci-dessous.</translation>
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
        <translation>Pas encore de recommandation</translation>
    </message>
    <message>
        <source>Beyond the guide&apos;s tiers</source>
        <translation>Au-delà des niveaux du guide</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>besoin : %1</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 · %3 × %n agent(s) · %4</source>
        <translation>
            <numerusform>%1 : %2 · %3 × %n agent · %4</numerusform>
            <numerusform>%1 : %2 · %3 × %n agents · %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Your context or agent count applies to every workload above.</source>
        <translation>Votre contexte ou votre nombre d’agents s’applique à chaque charge de travail ci-dessus.</translation>
    </message>
    <message>
        <source>All at the same time: %1 in memory together.</source>
        <translation>Toutes en même temps : %1 en mémoire au total.</translation>
    </message>
    <message>
        <source>No machine to recommend</source>
        <translation>Aucune machine à recommander</translation>
    </message>
    <message>
        <source>Buy this: %1 — %2</source>
        <translation>Notre choix : %1 — %2</translation>
    </message>
    <message>
        <source>The card %1 + %2 %3</source>
        <translation>La carte %1 + %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Pays for itself against your API spend in %1.</source>
        <translation>S’amortit face à vos dépenses API au %1.</translation>
    </message>
    <message>
        <source>Does not pay for itself against your API spend within 10 years.</source>
        <translation>Ne s’amortit pas face à vos dépenses API en 10 ans.</translation>
    </message>
    <message>
        <source>Tick one or more workloads to see the machine to buy.</source>
        <translation>Cochez une ou plusieurs charges de travail pour voir la machine à acheter.</translation>
    </message>
    <message>
        <source>; first token in %1 for a prompt of %2</source>
        <translation> ; premier token en %1 pour un prompt de %2</translation>
    </message>
    <message numerus="yes">
        <source>The %n cards %1 + %2 %3</source>
        <translation>
            <numerusform>La carte %1 + %2 %3</numerusform>
            <numerusform>Les %n cartes %1 + %2 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advanced: %n machines joined through a network switch, set up by hand (llama.cpp RPC or exo); the price is the machines together, and the switch comes on top.</source>
        <translation>
            <numerusform>Avancé : %n machine reliée par un commutateur réseau, configurée à la main (llama.cpp RPC ou exo) ; le prix est celui des machines réunies, le commutateur en sus.</numerusform>
            <numerusform>Avancé : %n machines reliées par un commutateur réseau, configurées à la main (llama.cpp RPC ou exo) ; le prix est celui des machines réunies, le commutateur en sus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advanced: %n machines joined by one network cable, set up by hand (llama.cpp RPC or exo); the price is the machines together.</source>
        <translation>
            <numerusform>Avancé : %n machine reliée par un seul câble réseau, configurée à la main (llama.cpp RPC ou exo) ; le prix est celui des machines réunies.</numerusform>
            <numerusform>Avancé : %n machines reliées par un seul câble réseau, configurées à la main (llama.cpp RPC ou exo) ; le prix est celui des machines réunies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingWording</name>
    <message>
        <source>full fine-tuning</source>
        <translation>fine-tuning complet</translation>
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
        <translation>%1 rang %2</translation>
    </message>
    <message>
        <source>%1 · batch %2 × %3 tokens</source>
        <translation>%1 · batch %2 × %3 tokens</translation>
    </message>
    <message>
        <source>%1 · gradient checkpointing</source>
        <translation>%1 · gradient checkpointing</translation>
    </message>
    <message>
        <source>%1 · no checkpointing</source>
        <translation>%1 · sans checkpointing</translation>
    </message>
    <message>
        <source>%1 weights + %2 trainable state (adapters, gradients, optimizer) + %3 activations + %4 overhead</source>
        <translation>%1 de poids + %2 d’état entraînable (adaptateurs, gradients, optimiseur) + %3 d’activations + %4 de surcoût</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · %4 to train (%5)</source>
        <translation>%1 : %2 · %3 · %4 pour l’entraînement (%5)</translation>
    </message>
    <message>
        <source>does not fit for training on one device</source>
        <translation>ne tient pas sur un seul appareil pour l’entraînement</translation>
    </message>
    <message>
        <source>fits for training; speed not estimated (no published 16-bit FLOPS for this machine)</source>
        <translation>tient pour l’entraînement ; vitesse non estimée (aucun FLOPS 16 bits publié pour cette machine)</translation>
    </message>
    <message>
        <source>about %1 training tokens/s (%2–%3); an epoch of %4 tokens takes about %5 (%6–%7)</source>
        <translation>environ %1 tokens/s d’entraînement (%2–%3) ; une époque de %4 tokens prend environ %5 (%6–%7)</translation>
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
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Md</translation>
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
        <translation>backend</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lig.</translation>
    </message>
    <message>
        <source>naive</source>
        <translation>naïf</translation>
    </message>
    <message>
        <source>Cross-validated accuracy of the speed model on a measurements CSV.</source>
        <translation>Précision en validation croisée du modèle de vitesse sur un CSV de mesures.</translation>
    </message>
    <message>
        <source>localrig validate: %1</source>
        <translation>localrig validate : %1</translation>
    </message>
    <message>
        <source>localrig validate: --data FILE is required (and nothing else)</source>
        <translation>localrig validate : --data FILE est requis (et rien d’autre)</translation>
    </message>
    <message>
        <source>localrig validate: %1: %2</source>
        <translation>localrig validate : %1 : %2</translation>
    </message>
    <message>
        <source>Decode, leave-one-hardware-out (%1 hardware): each hardware predicted by a fit without its rows.</source>
        <translation>Décodage, un matériel exclu à la fois (%1 matériels) : chaque matériel est prédit par un ajustement sans ses lignes.</translation>
    </message>
    <message>
        <source>Decode, leave-one-model-family-out (%1 families): each model family predicted by a fit without its rows.</source>
        <translation>Décodage, une famille de modèles exclue à la fois (%1 familles) : chaque famille de modèles est prédite par un ajustement sans ses lignes.</translation>
    </message>
    <message>
        <source>Absolute percentage error median / p90 / band coverage (%), naive median / p90:</source>
        <translation>Erreur absolue en pourcentage : médiane / p90 / couverture de la plage (%), médiane / p90 naïves :</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>one constant</source>
        <translation>une constante</translation>
    </message>
    <message>
        <source>Prefill and time to first token by backend (rows with sourced FP16 FLOPS):</source>
        <translation>Préremplissage et délai du premier token par backend (lignes avec FLOPS FP16 sourcés) :</translation>
    </message>
    <message>
        <source>  %1 rows %2  prefill %3  TTFT %4</source>
        <translation>  %1 lignes %2  préremplissage %3  TTFT %4</translation>
    </message>
    <message>
        <source>one constant = tokens/s = c x bandwidth / bytes per token (c = %1 on all rows, refitted per fold); naive = bandwidth / file size.</source>
        <translation>une constante = tokens/s = c x bande passante / octets par token (c = %1 sur toutes les lignes, réajustée à chaque pli) ; naïf = bande passante / taille de fichier.</translation>
    </message>
    <message>
        <source>coverage = share of rows inside [low, high] built from other groups&apos; residuals only.</source>
        <translation>couverture = part des lignes comprises dans [bas, haut], intervalle construit uniquement à partir des résidus des autres groupes.</translation>
    </message>
    <message>
        <source>Candidate decode forms (free parameters; median / p90 / coverage):</source>
        <translation>Formes de décodage candidates (paramètres libres ; médiane / p90 / couverture) :</translation>
    </message>
    <message>
        <source>Worst rows (leave-one-hardware-out):</source>
        <translation>Pires lignes (un matériel exclu à la fois) :</translation>
    </message>
    <message>
        <source>  %1%  measured %2, predicted %3  %4</source>
        <translation>  %1%  mesuré %2, prédit %3  %4</translation>
    </message>
    <message>
        <source>Worst prefill rows (leave-one-hardware-out):</source>
        <translation>Pires lignes de préremplissage (un matériel exclu à la fois) :</translation>
    </message>
    <message>
        <source>Also cross-validate every candidate decode form (slower).</source>
        <translation>Effectuer aussi la validation croisée de chaque forme de décodage candidate (plus lent).</translation>
    </message>
    <message>
        <source>Report with candidate decode form N of --forms (1 = one constant ...) instead of the chosen one.</source>
        <translation>Produire le rapport avec la forme de décodage candidate N de --forms (1 = une constante ...) au lieu de celle retenue.</translation>
    </message>
    <message>
        <source>localrig validate: --form takes 1 to %1</source>
        <translation>localrig validate : --form accepte de 1 à %1</translation>
    </message>
    <message>
        <source>Decode form: %1 (layer %2 us, KV x%3, compute factor %4)</source>
        <translation>Forme du décodage : %1 (couche %2 us, KV x%3, facteur de calcul %4)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Expert-offload rows (validation only, never fitted; leave-one-hardware-out):</source>
        <translation>Lignes avec les experts en mémoire système (validation seulement, jamais ajustées ; un matériel laissé de côté à la fois) :</translation>
    </message>
    <message numerus="yes">
        <source>%1 x%2 from %n row(s) at depth</source>
        <translation>
            <numerusform>%1 x%2 d’après %n ligne en profondeur</numerusform>
            <numerusform>%1 x%2 d’après %n lignes en profondeur</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows at depth</source>
        <translation>aucune ligne en profondeur</translation>
    </message>
    <message>
        <source>Prefill form: attention FLOPs x%1 (%2), weights read once per micro-batch: %3</source>
        <translation>Forme du préremplissage : FLOPs d’attention x%1 (%2), poids lus une fois par micro-lot : %3</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Comfortable</source>
        <translation>Confortable</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Serré</translation>
    </message>
    <message>
        <source>Fits in VRAM</source>
        <translation>Tient en VRAM</translation>
    </message>
    <message>
        <source>Partial offload</source>
        <translation>Déchargement partiel</translation>
    </message>
    <message>
        <source>Won&apos;t fit</source>
        <translation>Ne tient pas</translation>
    </message>
    <message>
        <source>%1 needs %2, above the comfortable %3.</source>
        <translation>%1 nécessite %2, au-delà des %3 confortables.</translation>
    </message>
    <message>
        <source>%1 keeps only %2 % of its weights in VRAM; the rest runs from system RAM, much slower.</source>
        <translation>%1 ne garde que %2 % de ses poids en VRAM ; le reste tourne depuis la RAM système, bien plus lentement.</translation>
    </message>
    <message>
        <source>%1 needs %2, but at most %3 is usable.</source>
        <translation>%1 nécessite %2, mais %3 au plus sont utilisables.</translation>
    </message>
    <message>
        <source>%1 decodes at about %2, under the %3 minimum.</source>
        <translation>%1 décode à environ %2, sous le minimum de %3.</translation>
    </message>
    <message>
        <source>Costs %1, over your %2 budget.</source>
        <translation>Coûte %1, au-delà de votre budget de %2.</translation>
    </message>
    <message>
        <source>Made by %1, not the vendor you chose.</source>
        <translation>Fabriqué par %1, pas par la marque choisie.</translation>
    </message>
    <message>
        <source>Not portable.</source>
        <translation>Pas portable.</translation>
    </message>
    <message>
        <source>No sourced price in the catalog.</source>
        <translation>Aucun prix sourcé dans le catalogue.</translation>
    </message>
    <message>
        <source>The price is for the graphics card alone; it needs a desktop PC around it.</source>
        <translation>Le prix est celui de la carte graphique seule ; il lui faut un PC de bureau autour.</translation>
    </message>
    <message>
        <source>Pays for itself against your API spend in month %1.</source>
        <translation>S’amortit face à vos dépenses API au mois %1.</translation>
    </message>
    <message>
        <source>The largest footprint is %1, so a unified-memory machine needs about %2 to stay under the headroom line.</source>
        <translation>La plus grande empreinte est de %1 : une machine à mémoire unifiée a donc besoin d’environ %2 pour rester sous le seuil de marge.</translation>
    </message>
    <message>
        <source>No machine in the catalog meets every need; the closest are listed first.</source>
        <translation>Aucune machine du catalogue ne répond à tous les besoins ; les plus proches sont en tête de liste.</translation>
    </message>
    <message>
        <source>Check what you actually run: a download called &quot;DeepSeek-R1&quot; is often the 1.5 B distill, not %1.</source>
        <translation>Vérifiez ce que vous exécutez vraiment : un téléchargement appelé «&#xa0;DeepSeek-R1&#xa0;» est souvent la version distillée de 1,5 B, pas %1.</translation>
    </message>
    <message>
        <source>This plan needs about %1; 128 GB is rarely needed for it — 48 GB covers most developer work.</source>
        <translation>Ce plan nécessite environ %1 ; 128 GB sont rarement utiles pour cela — 48 GB couvrent la plupart des travaux de développement.</translation>
    </message>
    <message>
        <source>A %1 context for retrieval work: retrieving the relevant 4–8K tokens is usually faster and cheaper than stuffing the context.</source>
        <translation>Un contexte de %1 pour de la recherche documentaire : récupérer les 4–8K tokens pertinents est généralement plus rapide et moins cher que de remplir le contexte.</translation>
    </message>
    <message>
        <source>%1 was trained for %2; %3 needs context extension and may lose quality.</source>
        <translation>%1 a été entraîné pour %2 ; %3 nécessite une extension du contexte et peut perdre en qualité.</translation>
    </message>
    <message>
        <source>%1: all %2 B parameters set the memory, the %3 B active ones set the speed.</source>
        <translation>%1 : les %2 B de paramètres déterminent la mémoire, les %3 B actifs la vitesse.</translation>
    </message>
    <message>
        <source>%1 has head dimension %2, not a multiple of 32, so a quantized KV cache may not load.</source>
        <translation>%1 a une dimension de tête de %2, qui n’est pas un multiple de 32 : un cache KV quantifié risque de ne pas se charger.</translation>
    </message>
    <message>
        <source>no tier in the catalog</source>
        <translation>aucun niveau dans le catalogue</translation>
    </message>
    <message>
        <source>%1 instead of %2</source>
        <translation>%1 au lieu de %2</translation>
    </message>
    <message>
        <source>Halving the context to %1</source>
        <translation>Contexte réduit de moitié, à %1</translation>
    </message>
    <message>
        <source>Doubling the context to %1</source>
        <translation>Contexte doublé, à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n parallel agent(s)</source>
        <translation>
            <numerusform>%n agent en parallèle</numerusform>
            <numerusform>%n agents en parallèle</numerusform>
        </translation>
    </message>
    <message>
        <source>A q8_0 KV cache</source>
        <translation>Un cache KV q8_0</translation>
    </message>
    <message>
        <source>%1 needs %2 (%3)</source>
        <translation>%1 : il faut %2 (%3)</translation>
    </message>
    <message>
        <source> — changes the verdict on the top machine to %1</source>
        <translation> — fait passer le verdict de la machine en tête à %1</translation>
    </message>
    <message>
        <source>Invalid input: %1</source>
        <translation>Saisie invalide : %1</translation>
    </message>
    <message>
        <source>Out of range: %1</source>
        <translation>Hors limites : %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>The catalog cannot be trusted: %1</source>
        <translation>Le catalogue n’est pas fiable : %1</translation>
    </message>
    <message>
        <source>File error: %1</source>
        <translation>Erreur de fichier : %1</translation>
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
        <translation>%1 tokens/s (%2–%3)</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1K tokens</source>
        <translation>%1K tokens</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Good start</source>
        <translation>Bon départ</translation>
    </message>
    <message>
        <source>Best value</source>
        <translation>Meilleur rapport qualité-prix</translation>
    </message>
    <message>
        <source>Power users</source>
        <translation>Utilisateurs avancés</translation>
    </message>
    <message>
        <source>Specialized</source>
        <translation>Spécialisé</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Runs every workload under the headroom line, fast at its typical depth, first token quickly.</source>
        <translation>Exécute chaque charge de travail sous le seuil de marge, rapidement à sa profondeur de contexte typique, avec un premier token rapide.</translation>
    </message>
    <message numerus="yes">
        <source>Does not pay for itself within %n year(s).</source>
        <translation>
            <numerusform>Ne s’amortit pas en %n an.</numerusform>
            <numerusform>Ne s’amortit pas en %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the cheapest complete machine that runs every workload well.</source>
        <translation>%1 est la machine complète la moins chère qui exécute bien chaque charge de travail.</translation>
    </message>
    <message>
        <source>Discontinued: no longer sold new, and the catalog has no used-market price.</source>
        <translation>Plus commercialisé : n’est plus vendu neuf, et le catalogue n’a pas de prix d’occasion.</translation>
    </message>
    <message>
        <source>%1: the guide says “%2”; sources say: %3.</source>
        <translation>%1 : le guide indique « %2 » ; les sources indiquent : %3.</translation>
    </message>
    <message>
        <source>On %1 the plan needs %2, past the %3 macOS lets the GPU use by default: raising the limit to %4 (&quot;%5&quot;) lets the GPU hold it all (%6); macOS and your apps keep %7, and the setting lasts until the next restart.</source>
        <translation>Sur %1, le plan demande %2, au-delà des %3 que macOS laisse au GPU par défaut : relever la limite à %4 (« %5 ») permet au GPU de tout contenir (%6) ; macOS et vos applications gardent %7, et le réglage dure jusqu’au prochain redémarrage.</translation>
    </message>
</context>
<context>
    <name>localrig::app::StartupBenchmark</name>
    <message>
        <source>show to first paint</source>
        <translation>de l&apos;affichage au premier dessin</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1 : %2 ms</translation>
    </message>
    <message>
        <source>main() to first paint: %1 ms</source>
        <translation>de main() au premier dessin : %1 ms</translation>
    </message>
    <message>
        <source>peak resident memory: %1 MB</source>
        <translation>mémoire résidente maximale : %1 Mo</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ArticleListModel</name>
    <message>
        <source>Three shifts</source>
        <translation>Trois évolutions</translation>
    </message>
    <message>
        <source>Buying mistakes</source>
        <translation>Erreurs d’achat</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions-réponses</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in this article</source>
        <translation>
            <numerusform>%n occurrence dans cet article</numerusform>
            <numerusform>%n occurrences dans cet article</numerusform>
        </translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Occurrences</translation>
    </message>
</context>
<context>
    <name>localrig::ui::CatalogFileDialogs</name>
    <message>
        <source>Import Catalog</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>Catalog files (*.json *.csv)</source>
        <translation>Fichiers de catalogue (*.json *.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Rien n’a été importé.

%1</translation>
    </message>
    <message>
        <source>Imported %1 machines, %2 models and %3 prices.</source>
        <translation>%1 machines, %2 modèles et %3 prix importés.</translation>
    </message>
    <message>
        <source>Export Catalog</source>
        <translation>Exporter le catalogue</translation>
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
        <translation>&amp;Machines à comparer (2–4)</translation>
    </message>
    <message>
        <source>M&amp;odels of your plan</source>
        <translation>M&amp;odèles de votre plan</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>&amp;Niveaux</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
Filtered out by your budget, vendor or portability choice</source>
        <translation>%1
Exclue par votre choix de budget, de marque ou de portabilité</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>At most %1 machines side by side; untick one first.</source>
        <translation>%1 machines au plus côte à côte ; décochez-en une d’abord.</translation>
    </message>
    <message>
        <source>Tick one or more workloads on the Plan page.</source>
        <translation>Cochez une ou plusieurs charges de travail sur la page Planifier.</translation>
    </message>
    <message>
        <source>Tick at least %1 machines to compare them.</source>
        <translation>Cochez au moins %1 machines pour les comparer.</translation>
    </message>
    <message>
        <source>Show the plan&apos;s &amp;top machines</source>
        <translation>&amp;Afficher les meilleures machines du plan</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
</context>
<context>
    <name>localrig::ui::GuidePage</name>
    <message>
        <source>&amp;Search the guide:</source>
        <translation>&amp;Rechercher dans le guide :</translation>
    </message>
    <message>
        <source>Words to find (Ctrl+F)</source>
        <translation>Mots à chercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the articles containing every word. Enter or F3: next hit; Shift+Enter or Shift+F3: previous hit; Escape: clear.</source>
        <translation>Affiche les articles qui contiennent tous les mots. Entrée ou F3 : occurrence suivante ; Maj+Entrée ou Maj+F3 : occurrence précédente ; Échap : effacer.</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <source>Guide article</source>
        <translation>Article du guide</translation>
    </message>
    <message>
        <source>No guide articles are installed. Reinstall LocalRig, or import a catalog that includes them.</source>
        <translation>Aucun article du guide n’est installé. Réinstallez LocalRig ou importez un catalogue qui en contient.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No article contains every word.</source>
        <translation>Aucun article ne contient tous les mots.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) in %1</source>
        <translation>
            <numerusform>%Ln occurrence dans %1</numerusform>
            <numerusform>%Ln occurrences dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Hit %1 of %2 in this article</source>
        <translation>Occurrence %1 sur %2 dans cet article</translation>
    </message>
</context>
<context>
    <name>localrig::ui::HardwarePage</name>
    <message>
        <source>Name or vendor</source>
        <translation>Nom ou marque</translation>
    </message>
    <message>
        <source>Memory a model can use: unified or system memory, or VRAM on a discrete GPU.</source>
        <translation>Mémoire utilisable par un modèle : mémoire unifiée ou système, ou VRAM d’un GPU dédié.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Context used for the models each machine runs comfortably.</source>
        <translation>Contexte utilisé pour les modèles que chaque machine exécute confortablement.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Ve&amp;ndor:</source>
        <translation>Mar&amp;que :</translation>
    </message>
    <message>
        <source>&amp;Memory at least:</source>
        <translation>&amp;Mémoire minimale :</translation>
    </message>
    <message>
        <source>F&amp;orm factor:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte :</translation>
    </message>
    <message>
        <source>&amp;Add my machine…</source>
        <translation>&amp;Ajouter ma machine…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Modif&amp;ier…</translation>
    </message>
    <message>
        <source>Saves your version in your own catalog; the shipped figures stay as they are.</source>
        <translation>Enregistre votre version dans votre propre catalogue ; les chiffres fournis restent inchangés.</translation>
    </message>
    <message>
        <source>Edit &amp;price…</source>
        <translation>Modifier le &amp;prix…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Deletes a machine you added; shipped machines cannot be deleted.</source>
        <translation>Supprime une machine que vous avez ajoutée ; les machines fournies ne peuvent pas être supprimées.</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Toutes les marques</translation>
    </message>
    <message>
        <source>All form factors</source>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>Your own catalog could not be opened, so nothing can be saved.</source>
        <translation>Votre propre catalogue n’a pas pu être ouvert : rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Delete machine</source>
        <translation>Supprimer la machine</translation>
    </message>
    <message>
        <source>Delete %1 from your catalog? Its prices go with it.</source>
        <translation>Supprimer %1 de votre catalogue ? Ses prix seront supprimés avec elle.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Reads this computer&apos;s memory, CPU and GPU and proposes it as your machine, so you can compare what you have with what you would buy.</source>
        <translation>Lit la mémoire, le CPU et le GPU de cet ordinateur et le propose comme votre machine, pour comparer ce que vous avez avec ce que vous achèteriez.</translation>
    </message>
    <message>
        <source>Detect This Computer</source>
        <translation>Détecter cet ordinateur</translation>
    </message>
    <message>
        <source>LocalRig could not read what this computer is.

%1</source>
        <translation>LocalRig n’a pas pu identifier cet ordinateur.

%1</translation>
    </message>
    <message>
        <source>Detect This Comp&amp;uter…</source>
        <translation>&amp;Détecter cet ordinateur…</translation>
    </message>
    <message>
        <source>What Runs &amp;Here…</source>
        <translation>Ce qui &amp;tourne ici…</translation>
    </message>
    <message>
        <source>Grades your machine for every workload as the Plan page would, and names the smallest upgrade for each one it does not do well.</source>
        <translation>Évalue votre machine pour chaque charge de travail comme le ferait la page Planifier, et indique la plus petite mise à niveau pour chacune qu’elle n’exécute pas bien.</translation>
    </message>
    <message>
        <source>Measure Memory Bandwidth</source>
        <translation>Mesurer la bande passante mémoire</translation>
    </message>
    <message>
        <source>LocalRig could not measure this computer&apos;s memory bandwidth.

%1

Type it in the next window instead: the maker&apos;s specification sheet lists it.</source>
        <translation>LocalRig n’a pas pu mesurer la bande passante mémoire de cet ordinateur.

%1

Saisissez-la plutôt dans la fenêtre suivante : la fiche technique du fabricant l’indique.</translation>
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
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export Recommendation as PDF…</source>
        <translation>&amp;Exporter la recommandation en PDF…</translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation>&amp;Importer un catalogue…</translation>
    </message>
    <message>
        <source>E&amp;xport Catalog…</source>
        <translation>E&amp;xporter le catalogue…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About LocalRig</source>
        <translation>À &amp;propos de LocalRig</translation>
    </message>
    <message numerus="yes">
        <source>Catalog of %1 · %n model(s)</source>
        <translation>
            <numerusform>Catalogue du %1 · %n modèle</numerusform>
            <numerusform>Catalogue du %1 · %n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n machine(s)</source>
        <translation>
            <numerusform> · %n machine</numerusform>
            <numerusform> · %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>About LocalRig</source>
        <translation>À propos de LocalRig</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LocalRig %1&lt;/h3&gt;&lt;p&gt;What hardware you need to run open-weight AI models locally, and what it costs against a cloud API.&lt;/p&gt;&lt;p&gt;Catalog data of %2. Prices change often: check them with the seller before you buy.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LocalRig %1&lt;/h3&gt;&lt;p&gt;Le matériel qu’il vous faut pour exécuter en local des modèles d’IA à poids ouverts, et ce qu’il coûte face à une API cloud.&lt;/p&gt;&lt;p&gt;Données du catalogue du %2. Les prix changent souvent : vérifiez-les auprès du vendeur avant d’acheter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Model from GGUF File…</source>
        <translation>Ajouter un &amp;modèle depuis un fichier GGUF…</translation>
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
        <translation>Le catalogue ne contient aucune quantification pour dimensionner le modèle.</translation>
    </message>
    <message>
        <source>all (dense)</source>
        <translation>tous (dense)</translation>
    </message>
    <message>
        <source>%1 at %2: weights %3 + KV cache and state %4 + runtime %5.</source>
        <translation>%1, %2 : poids %3 + cache KV et état %4 + runtime %5.</translation>
    </message>
    <message>
        <source>KV cache for %1 parallel sessions.</source>
        <translation>Cache KV pour %1 sessions parallèles.</translation>
    </message>
    <message>
        <source>Weights are the measured file size.</source>
        <translation>Les poids correspondent à la taille de fichier mesurée.</translation>
    </message>
    <message>
        <source>Mixture of experts: all %1 set the memory, the %2 read per token set the speed.
%3</source>
        <translation>Mélange d’experts : les %1 au total déterminent la mémoire, les %2 lus par token la vitesse.
%3</translation>
    </message>
    <message>
        <source>Memory the model needs at %1 and the context chosen above: weights, KV cache and runtime.</source>
        <translation>Mémoire nécessaire au modèle en %1 avec le contexte choisi ci-dessus : poids, cache KV et runtime.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Needs (%1)</source>
        <translation>Besoin (%1)</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Video generation</source>
        <translation>Génération vidéo</translation>
    </message>
    <message>
        <source>Image generation</source>
        <translation>Génération d’images</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Every component resident at its published precision: %1 (transformer or UNet, text encoders, VAE). Activation memory is not sourced, so this is a lower bound. Seconds per image or per video second: not estimated unless a measurement was published.</source>
        <translation>Chaque composant résident en mémoire à sa précision publiée : %1 (transformer ou UNet, encodeurs de texte, VAE). La mémoire d’activation n’a pas de source : c’est donc une borne inférieure. Secondes par image ou par seconde de vidéo : non estimées, sauf si une mesure a été publiée.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Machine</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Vitesse de décodage</translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation>Aucun modèle sélectionné</translation>
    </message>
    <message>
        <source>Choose a model in the list to see its footprint and the machines it fits on.</source>
        <translation>Choisissez un modèle dans la liste pour voir son empreinte et les machines sur lesquelles il tient.</translation>
    </message>
    <message>
        <source>%1 parameters, %2 active per token</source>
        <translation>%1 paramètres, dont %2 actifs par token</translation>
    </message>
    <message>
        <source>%1 parameters (dense)</source>
        <translation>%1 paramètres (dense)</translation>
    </message>
    <message>
        <source>trained for %1</source>
        <translation>entraîné pour %1</translation>
    </message>
    <message>
        <source>licence %1</source>
        <translation>licence %1</translation>
    </message>
    <message>
        <source>released %1</source>
        <translation>sortie : %1</translation>
    </message>
    <message>
        <source>Footprint per &amp;quantization at %1, %2 sessions at once</source>
        <translation>Empreinte par &amp;quantification avec %1, %2 sessions simultanées</translation>
    </message>
    <message>
        <source>Footprint per &amp;quantization at %1</source>
        <translation>Empreinte par &amp;quantification avec %1</translation>
    </message>
    <message>
        <source>Fits &amp;on: choose a quantization</source>
        <translation>Tient s&amp;ur : choisissez une quantification</translation>
    </message>
    <message>
        <source>Expected decode speed with its likely range (%1).</source>
        <translation>Vitesse de décodage attendue, avec sa plage probable (%1).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Fits &amp;on: no catalog machine runs it with headroom (%1, %2)</source>
        <translation>Tient s&amp;ur : aucune machine du catalogue ne l’exécute avec marge (%1, %2)</translation>
    </message>
    <message>
        <source>Fits &amp;on %1 of %2 machines with headroom (%3, %4)</source>
        <translation>Tient avec marge s&amp;ur %1 des %2 machines (%3, %4)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ModelImportDialog</name>
    <message>
        <source>Add Model from File</source>
        <translation>Ajouter un modèle depuis un fichier</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — read from its header only; the file is not copied.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — lu uniquement depuis son en-tête ; le fichier n’est pas copié.</translation>
    </message>
    <message>
        <source>Add to your catalog</source>
        <translation>Ajouter à votre catalogue</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>The quantization the file is in: the model is sized with the file&apos;s exact bytes there, and estimated from bits per weight at the others.</source>
        <translation>La quantification du fichier : le modèle y est dimensionné avec les octets exacts du fichier, et estimé d’après les bits par poids pour les autres.</translation>
    </message>
    <message>
        <source>&amp;Size it as:</source>
        <translation>&amp;Dimensionner en :</translation>
    </message>
    <message>
        <source>Offer it as a &amp;workload on the Plan page, at</source>
        <translation>Le proposer comme &amp;charge de travail sur la page Planifier, à</translation>
    </message>
    <message>
        <source>Read from the file</source>
        <translation>Lu depuis le fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>%1 (%2 bits per weight)</source>
        <translation>%1 (%2 bits par poids)</translation>
    </message>
    <message>
        <source>%1 (your model)</source>
        <translation>%1 (votre modèle)</translation>
    </message>
    <message>
        <source>Runs %1, read from %2.</source>
        <translation>Exécute %1, lu depuis %2.</translation>
    </message>
    <message>
        <source>Name: enter the model&apos;s name.</source>
        <translation>Nom : saisissez le nom du modèle.</translation>
    </message>
    <message>
        <source>Size it as: choose the quantization the file is in.</source>
        <translation>Dimensionner en : choisissez la quantification du fichier.</translation>
    </message>
    <message>
        <source>The file type %1 is not in the catalog; choose the closest.</source>
        <translation>Le type de fichier %1 n’est pas dans le catalogue ; choisissez le plus proche.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>The file states no exact size: the weights are estimated from %1&apos;s bits per weight.</source>
        <translation>Le fichier n’indique pas de taille exacte : les poids sont estimés d’après les bits par poids de %1.</translation>
    </message>
    <message>
        <source>The file is %1: its exact %2 GB of weights are used at %3.</source>
        <translation>Le fichier est en %1 : ses %2 GB exacts de poids sont utilisés en %3.</translation>
    </message>
    <message>
        <source>The file&apos;s exact %1 GB of weights are recorded at %2 (file type %3).</source>
        <translation>Les %1 GB exacts de poids du fichier sont enregistrés en %2 (type de fichier %3).</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Replaces your model of the same name.</source>
        <translation>Remplace votre modèle du même nom.</translation>
    </message>
    <message>
        <source>Could not add the model</source>
        <translation>Impossible d’ajouter le modèle</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ModelsPage</name>
    <message>
        <source>Name, family or developer</source>
        <translation>Nom, famille ou développeur</translation>
    </message>
    <message>
        <source>Keep the models whose footprint stays under the headroom line of a unified-memory machine of this size, at the context chosen here.</source>
        <translation>Garder les modèles dont l’empreinte reste sous le seuil de marge d’une machine à mémoire unifiée de cette taille, au contexte choisi ici.</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Toutes tailles</translation>
    </message>
    <message>
        <source>Tokens held in the KV cache: sets the KV-cache share of every footprint.</source>
        <translation>Tokens conservés dans le cache KV : détermine la part du cache KV dans chaque empreinte.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Fami&amp;ly:</source>
        <translation>Fa&amp;mille :</translation>
    </message>
    <message>
        <source>Fits comfortably &amp;in:</source>
        <translation>&amp;Tient à l’aise dans :</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte :</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Toutes les familles</translation>
    </message>
    <message>
        <source>&amp;Add Model from GGUF File…</source>
        <translation>&amp;Ajouter un modèle depuis un fichier GGUF…</translation>
    </message>
    <message>
        <source>Reads a .gguf file&apos;s header (or a Hugging Face config.json) and adds the model to your catalog, sized exactly like the file.</source>
        <translation>Lit l’en-tête d’un fichier .gguf (ou un config.json Hugging Face) et ajoute le modèle à votre catalogue, dimensionné exactement comme le fichier.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Deletes a model you added; shipped models cannot be deleted.</source>
        <translation>Supprime un modèle que vous avez ajouté ; les modèles fournis ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>Add Model from GGUF File</source>
        <translation>Ajouter un modèle depuis un fichier GGUF</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf);;Hugging Face config (config.json);;All files (*)</source>
        <translation>Fichiers GGUF (*.gguf);;Configuration Hugging Face (config.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a model file, so nothing was added.

%2</source>
        <translation>%1 ne peut pas être lu comme fichier de modèle : rien n’a été ajouté.

%2</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete %1 from your catalog? Its file size and its Plan workload go with it.</source>
        <translation>Supprimer %1 de votre catalogue ? Sa taille de fichier et sa charge de travail de la page Planifier seront supprimées avec lui.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Suppression impossible</translation>
    </message>
</context>
<context>
    <name>localrig::ui::NumberField</name>
    <message>
        <source>Enter a number from %1 to %2; the last valid value is still used.</source>
        <translation>Saisissez un nombre de %1 à %2 ; la dernière valeur valide reste utilisée.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlanInputsPanel</name>
    <message>
        <source>&amp;Workloads</source>
        <translation>Charges de &amp;travail</translation>
    </message>
    <message>
        <source>Tick the work you want to run locally.</source>
        <translation>Cochez le travail que vous voulez exécuter en local.</translation>
    </message>
    <message>
        <source>Workload default</source>
        <translation>Selon la charge de travail</translation>
    </message>
    <message>
        <source>%1K tokens</source>
        <translation>%1K tokens</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte :</translation>
    </message>
    <message>
        <source>Parallel &amp;agents:</source>
        <translation>&amp;Agents en parallèle :</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>&amp;Budget (USD):</source>
        <translation>&amp;Budget (USD) :</translation>
    </message>
    <message>
        <source>Any vendor</source>
        <translation>Toutes marques</translation>
    </message>
    <message>
        <source>&amp;Portable only</source>
        <translation>&amp;Portables uniquement</translation>
    </message>
    <message>
        <source>API &amp;spend per month (USD):</source>
        <translation>Dépen&amp;ses API par mois (USD) :</translation>
    </message>
    <message>
        <source>Ven&amp;dor:</source>
        <translation>Mar&amp;que :</translation>
    </message>
    <message>
        <source>Electricity (USD/&amp;kWh):</source>
        <translation>Électricité (USD/&amp;kWh) :</translation>
    </message>
    <message>
        <source>Hours of &amp;use per day:</source>
        <translation>Heures d’&amp;utilisation par jour :</translation>
    </message>
    <message>
        <source>&amp;Run the workloads at the same time</source>
        <translation>&amp;Lancer les charges de travail en même temps</translation>
    </message>
    <message>
        <source>Off: the machine must run the largest workload, one at a time. On: every ticked workload is loaded at once, so memory adds up and they share the memory bandwidth.</source>
        <translation>Désactivé : la machine doit exécuter la plus grande charge de travail, une à la fois. Activé : toutes les charges de travail cochées sont chargées en même temps ; la mémoire s’additionne donc et elles se partagent la bande passante mémoire.</translation>
    </message>
    <message>
        <source>I have a desktop PC for a &amp;graphics card</source>
        <translation>J’ai un PC de bureau pour une carte &amp;graphique</translation>
    </message>
    <message>
        <source>On: graphics cards are priced alone. Off: each card is priced with the desktop PC it needs around it.</source>
        <translation>Activé : les cartes graphiques sont comptées seules. Désactivé : chaque carte est comptée avec le PC de bureau dont elle a besoin autour d’elle.</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1K</translation>
    </message>
    <message>
        <source>Workload default (%1)</source>
        <translation>Selon la charge de travail (%1)</translation>
    </message>
    <message>
        <source>Each workload&apos;s own (%1–%2)</source>
        <translation>Selon chaque charge de travail (%1–%2)</translation>
    </message>
    <message numerus="yes">
        <source>Workload default (%n agent(s))</source>
        <translation>
            <numerusform>Selon la charge de travail (%n agent)</numerusform>
            <numerusform>Selon la charge de travail (%n agents)</numerusform>
        </translation>
    </message>
    <message>
        <source>A context chosen here applies to every ticked workload.</source>
        <translation>Un contexte choisi ici s’applique à chaque charge de travail cochée.</translation>
    </message>
    <message>
        <source>A number chosen here applies to every ticked workload.</source>
        <translation>Un nombre choisi ici s’applique à chaque charge de travail cochée.</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlanPage</name>
    <message>
        <source>From the guide</source>
        <translation>Selon le guide</translation>
    </message>
    <message>
        <source>If you change the plan</source>
        <translation>Si vous changez le plan</translation>
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
        <translation>%1 : le GPU n’a pas de mémoire propre.</translation>
    </message>
    <message>
        <source>Newest dated price: %1 (%2, %3).
%4</source>
        <translation>Prix daté le plus récent : %1 (%2, %3).
%4</translation>
    </message>
    <message>
        <source>Dense FP16 tensor throughput; sets prefill speed.
%1</source>
        <translation>Débit tensoriel FP16 dense ; détermine la vitesse de préremplissage.
%1</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Form factor</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>FP16</source>
        <translation>FP16</translation>
    </message>
    <message>
        <source>Load power</source>
        <translation>Puissance en charge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>PC de bureau</translation>
    </message>
    <message>
        <source>Mini PC</source>
        <translation>Mini PC</translation>
    </message>
    <message>
        <source>Graphics card</source>
        <translation>Carte graphique</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Station de travail</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Unified memory</source>
        <translation>Mémoire unifiée</translation>
    </message>
    <message>
        <source>Discrete GPU</source>
        <translation>GPU dédié</translation>
    </message>
    <message>
        <source>System memory (CPU only)</source>
        <translation>Mémoire système (processeur seul)</translation>
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
        <translation>Non publié : aucune source du catalogue ne donne ce chiffre.</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancement</translation>
    </message>
    <message>
        <source>later list</source>
        <translation>tarif ultérieur</translation>
    </message>
    <message>
        <source>street</source>
        <translation>prix constaté</translation>
    </message>
    <message>
        <source>the guide&apos;s figure</source>
        <translation>chiffre du guide</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <comment>price date</comment>
        <translation>%1 (ancien)</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>Date du prix</translation>
    </message>
    <message>
        <source>Stale: this price dates from %1, more than six months ago. Check it with the seller.</source>
        <translation>Ancien : ce prix date de %1, il y a plus de six mois. Vérifiez-le auprès du vendeur.</translation>
    </message>
    <message>
        <source>announced, no price</source>
        <translation>annoncée, sans prix</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlatformDetailsPanel</name>
    <message>
        <source>Memory:</source>
        <translation>Mémoire :</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bande passante :</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>Calcul :</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Puissance :</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Price histor&amp;y</source>
        <translation>Historique des pri&amp;x</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Vitesse de décodage</translation>
    </message>
    <message>
        <source>No machine selected</source>
        <translation>Aucune machine sélectionnée</translation>
    </message>
    <message>
        <source>Choose a machine in the list to see its figures, prices and the models it runs.</source>
        <translation>Choisissez une machine dans la liste pour voir ses caractéristiques, ses prix et les modèles qu’elle exécute.</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably</source>
        <translation>Fait tour&amp;ner à l’aise</translation>
    </message>
    <message>
        <source>portable</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>not portable</source>
        <translation>non portable</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 VRAM, %2 system RAM</source>
        <translation>%1 de VRAM, %2 de RAM système</translation>
    </message>
    <message>
        <source>%1 (system RAM %2)</source>
        <translation>%1 (RAM système %2)</translation>
    </message>
    <message>
        <source>%1 FP16</source>
        <translation>%1 FP16</translation>
    </message>
    <message>
        <source>%1 under load</source>
        <translation>%1 en charge</translation>
    </message>
    <message>
        <source>%1, %2 idle</source>
        <translation>%1, %2 au repos</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably: the catalog holds no quantization</source>
        <translation>Fait tour&amp;ner à l’aise : le catalogue ne contient aucune quantification</translation>
    </message>
    <message>
        <source>Expected decode speed with its likely range (%1).</source>
        <translation>Vitesse de décodage attendue, avec sa plage probable (%1).</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably: no catalog model at %1 and %2</source>
        <translation>Fait tour&amp;ner à l’aise : aucun modèle du catalogue en %1 avec %2</translation>
    </message>
    <message>
        <source>&amp;Runs comfortably: %1 models at %2 and %3</source>
        <translation>Fait tour&amp;ner à l’aise : %1 modèles en %2 avec %3</translation>
    </message>
    <message>
        <source>Your machine</source>
        <translation>Votre machine</translation>
    </message>
    <message>
        <source>%1 unified memory</source>
        <translation>%1 de mémoire unifiée</translation>
    </message>
    <message>
        <source>%1 system memory (CPU only)</source>
        <translation>%1 de mémoire système (processeur seul)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>%1, dated %2 (stale)</source>
        <translation>%1, au %2 (ancien)</translation>
    </message>
    <message>
        <source>%1, dated %2</source>
        <translation>%1, au %2</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Measured on th&amp;is machine</source>
        <translation>Mesuré sur cette mach&amp;ine</translation>
    </message>
    <message>
        <source>Measured on th&amp;is machine: no published run in the catalog</source>
        <translation>Mesuré sur cette mach&amp;ine : aucune exécution publiée dans le catalogue</translation>
    </message>
    <message>
        <source>Measured on th&amp;is machine (llama.cpp, one sequence)</source>
        <translation>Mesuré sur cette mach&amp;ine (llama.cpp, une séquence)</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PlatformEditorDialog</name>
    <message>
        <source>Edit price</source>
        <translation>Modifier le prix</translation>
    </message>
    <message>
        <source>Edit machine</source>
        <translation>Modifier la machine</translation>
    </message>
    <message>
        <source>Add my machine</source>
        <translation>Ajouter ma machine</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Price (USD):</source>
        <translation>&amp;Prix (USD) :</translation>
    </message>
    <message>
        <source>Price (USD)</source>
        <translation>Prix (USD)</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>Mar&amp;que :</translation>
    </message>
    <message>
        <source>&amp;Form factor:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Memory &amp;kind:</source>
        <translation>T&amp;ype de mémoire :</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend :</translation>
    </message>
    <message>
        <source>&amp;Memory (GB):</source>
        <translation>&amp;Mémoire (GB) :</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Mémoire (GB)</translation>
    </message>
    <message>
        <source>Unified memory, or the system RAM next to a discrete GPU, as marketed.</source>
        <translation>Mémoire unifiée, ou RAM système à côté d’un GPU dédié, telle qu’annoncée.</translation>
    </message>
    <message>
        <source>VR&amp;AM (GB):</source>
        <translation>VR&amp;AM (GB) :</translation>
    </message>
    <message>
        <source>VRAM (GB)</source>
        <translation>VRAM (GB)</translation>
    </message>
    <message>
        <source>The discrete GPU&apos;s own memory.</source>
        <translation>La mémoire propre du GPU dédié.</translation>
    </message>
    <message>
        <source>Band&amp;width (GB/s):</source>
        <translation>Ban&amp;de passante (GB/s) :</translation>
    </message>
    <message>
        <source>Bandwidth (GB/s)</source>
        <translation>Bande passante (GB/s)</translation>
    </message>
    <message>
        <source>Memory bandwidth of the pool the model runs from; sets decode speed.</source>
        <translation>Bande passante de la mémoire d’où tourne le modèle ; détermine la vitesse de décodage.</translation>
    </message>
    <message>
        <source>FP16 &amp;TFLOPS:</source>
        <translation>FP16 &amp;TFLOPS :</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>TFLOPS FP16</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Load power (W):</source>
        <translation>Puissance en &amp;charge (W) :</translation>
    </message>
    <message>
        <source>Load power (W)</source>
        <translation>Puissance en charge (W)</translation>
    </message>
    <message>
        <source>P&amp;ortable (a laptop, or a machine you carry)</source>
        <translation>P&amp;ortable (un portable, ou une machine que vous transportez)</translation>
    </message>
    <message>
        <source>Back to the values this dialog opened with.</source>
        <translation>Revenir aux valeurs d’ouverture de cette boîte de dialogue.</translation>
    </message>
    <message>
        <source>Name: enter the machine&apos;s name.</source>
        <translation>Nom : saisissez le nom de la machine.</translation>
    </message>
    <message>
        <source>Vendor: enter who makes the machine, for example Apple.</source>
        <translation>Marque : indiquez qui fabrique la machine, par exemple Apple.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Form factor: choose what kind of machine this is.</source>
        <translation>Format : choisissez le type de machine.</translation>
    </message>
</context>
<context>
    <name>localrig::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Electricity price (USD/kWh):</source>
        <translation>&amp;Prix de l’électricité (USD/kWh) :</translation>
    </message>
    <message>
        <source>Default: %1 USD/kWh, the 2024 US residential average (EIA).</source>
        <translation>Par défaut : %1 USD/kWh, la moyenne résidentielle américaine de 2024 (EIA).</translation>
    </message>
    <message>
        <source>Hours of &amp;use per day:</source>
        <translation>Heures d’&amp;utilisation par jour :</translation>
    </message>
    <message>
        <source>f16 — full precision (default)</source>
        <translation>f16 — pleine précision (par défaut)</translation>
    </message>
    <message>
        <source>q8_0 — about half the memory</source>
        <translation>q8_0 — environ moitié moins de mémoire</translation>
    </message>
    <message>
        <source>q4_0 — about a quarter, some quality loss</source>
        <translation>q4_0 — environ un quart, avec une perte de qualité</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Dimensionnement</translation>
    </message>
    <message>
        <source>&amp;Headroom:</source>
        <translation>&amp;Marge :</translation>
    </message>
    <message>
        <source>The share of memory a model may fill before a machine counts as tight. The guide recommends %1–%2.</source>
        <translation>La part de la mémoire qu’un modèle peut occuper avant qu’une machine soit jugée serrée. Le guide recommande %1–%2.</translation>
    </message>
    <message>
        <source>&amp;KV-cache type:</source>
        <translation>Type de cache &amp;KV :</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Takes effect after LocalRig restarts.</source>
        <translation>Prend effet au redémarrage de LocalRig.</translation>
    </message>
    <message>
        <source>E&amp;xchange rate (%1 per USD):</source>
        <translation>&amp;Taux de change (%1 pour 1 USD) :</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>E&amp;xchange rate:</source>
        <translation>&amp;Taux de change :</translation>
    </message>
    <message>
        <source>Not needed: the catalog&apos;s prices are in US dollars.</source>
        <translation>Inutile : les prix du catalogue sont en dollars américains.</translation>
    </message>
    <message>
        <source>How many %1 one US dollar buys. LocalRig never looks up or guesses exchange rates.</source>
        <translation>Nombre de %1 obtenus pour un dollar américain. LocalRig ne recherche ni ne devine jamais de taux de change.</translation>
    </message>
    <message>
        <source>Rate you entered on %1.</source>
        <translation>Taux saisi par vous le %1.</translation>
    </message>
    <message>
        <source>Rate you entered; its date is unknown.</source>
        <translation>Taux saisi par vous ; sa date est inconnue.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
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
        <translation>mesuré</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <source>Effective bits per weight, scales and mixed tensors included.</source>
        <translation>Bits effectifs par poids, échelles et tenseurs mixtes compris.</translation>
    </message>
    <message>
        <source>Measured file size of the %1 download.
%2</source>
        <translation>Taille de fichier mesurée du téléchargement %1.
%2</translation>
    </message>
    <message>
        <source>Estimated: total parameters × %1 bits per weight ÷ 8.
Parameters: %2</source>
        <translation>Estimation : paramètres totaux × %1 bits par poids ÷ 8.
Paramètres : %2</translation>
    </message>
    <message>
        <source>KV cache at %1, sessions at once: %2; plus any fixed attention state (%3).</source>
        <translation>Cache KV avec %1, sessions simultanées : %2 ; plus tout état d’attention fixe (%3).</translation>
    </message>
    <message>
        <source>Weights %1 + KV cache and state %2 + runtime and buffers %3, at %4.</source>
        <translation>Poids %1 + cache KV et état %2 + runtime et tampons %3, avec %4.</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bits/poids</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>verdict · memory fit</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Memory: needs %1; stays under %2 on this machine.</source>
        <translation>Mémoire : besoin de %1 ; reste sous %2 sur cette machine.</translation>
    </message>
    <message>
        <source>Speed: no estimate, so the fit alone decides.</source>
        <translation>Vitesse : pas d’estimation, donc seule l’adéquation en mémoire décide.</translation>
    </message>
    <message>
        <source>Speed: %1, at least twice reading speed (%2).</source>
        <translation>Vitesse : %1, au moins le double de la vitesse de lecture (%2).</translation>
    </message>
    <message>
        <source>Speed: %1, under the %2 a session needs to feel responsive, or the first token takes too long.</source>
        <translation>Vitesse : %1, sous les %2 dont une session a besoin pour paraître réactive, ou le premier token tarde trop.</translation>
    </message>
    <message>
        <source>Speed: %1, at or above the %2 minimum.</source>
        <translation>Vitesse : %1, égale ou supérieure au minimum de %2.</translation>
    </message>
</context>
<context>
    <name>localrig::ui::RankedMachinesModel</name>
    <message>
        <source>%1 VRAM</source>
        <translation>%1 de VRAM</translation>
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
        <translation>Machine</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Rentabilité</translation>
    </message>
    <message>
        <source>%1
At the start of a session: %2
With every session&apos;s context full: %3</source>
        <translation>%1
Au début d’une session : %2
Avec le contexte de chaque session plein : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Price
(complete)</source>
        <translation>Prix
(complet)</translation>
    </message>
    <message>
        <source>Decode, tokens/s
start → full</source>
        <translation>Décodage, jetons/s
début → plein</translation>
    </message>
    <message>
        <source>First
token</source>
        <translation>Premier
jeton</translation>
    </message>
    <message>
        <source>%1 · advanced</source>
        <translation>%1 · avancé</translation>
    </message>
</context>
<context>
    <name>localrig::ui::ThisComputerGradesDialog</name>
    <message>
        <source>VRAM %1; system RAM %2, measured on this computer, %3</source>
        <translation>VRAM %1 ; RAM système %2, mesurée sur cet ordinateur, %3</translation>
    </message>
    <message>
        <source>Memory bandwidth %1, measured on this computer, %2</source>
        <translation>Bande passante mémoire %1, mesurée sur cet ordinateur, %2</translation>
    </message>
    <message>
        <source>Memory bandwidth %1, as entered (not measured)</source>
        <translation>Bande passante mémoire %1, telle que saisie (non mesurée)</translation>
    </message>
    <message>
        <source>What Runs on This Computer</source>
        <translation>Ce qui tourne sur cet ordinateur</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>The workloads could not be graded: %1</source>
        <translation>Les charges de travail n’ont pas pu être évaluées : %1</translation>
    </message>
    <message>
        <source>Grades as on the Plan page with its default inputs (headroom %1 %, F16 KV cache), one workload at a time. Good or Great here: %2 of %3 workloads. The smallest upgrade is the cheapest complete system in the catalog that makes the workload Good or Great.</source>
        <translation>Verdicts comme sur la page Planifier avec ses paramètres par défaut (marge %1 %, cache KV F16), une charge de travail à la fois. « Bon » ou « Excellent » ici : %2 charges de travail sur %3. La plus petite mise à niveau est le système complet le moins cher du catalogue qui rend la charge de travail « Bon » ou « Excellent ».</translation>
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
        <translation>aucune nécessaire</translation>
    </message>
    <message>
        <source>no priced machine in the catalog does it</source>
        <translation>aucune machine avec un prix dans le catalogue n’y parvient</translation>
    </message>
    <message>
        <source>Needs %1 resident.</source>
        <translation>Nécessite %1 en mémoire.</translation>
    </message>
    <message>
        <source>%1: %2 for %3 (%4).</source>
        <translation>%1 : %2 pour %3 (%4).</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Grade here</source>
        <translation>Verdict ici</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Speed here</source>
        <translation>Vitesse ici</translation>
    </message>
    <message>
        <source>Smallest upgrade</source>
        <translation>Plus petite mise à niveau</translation>
    </message>
    <message>
        <source>Grade there</source>
        <translation>Verdict après</translation>
    </message>
    <message>
        <source>Upgrade price</source>
        <translation>Prix de la mise à niveau</translation>
    </message>
</context>
<context>
    <name>localrig::ui::TierCard</name>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
    <message>
        <source>Also good</source>
        <translation>Autres bons choix</translation>
    </message>
</context>
<context>
    <name>localrig::ui::TierCardsRow</name>
    <message>
        <source>Recommended for your plan.</source>
        <translation>Recommandé pour votre plan.</translation>
    </message>
    <message>
        <source>Recommended for your plan. %1</source>
        <translation>Recommandé pour votre plan. %1</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 en %2 : %3</translation>
    </message>
</context>
<context>
    <name>localrig::ui::TrainingInputs</name>
    <message>
        <source>Fine-tuning</source>
        <translation>Fine-tuning</translation>
    </message>
    <message>
        <source>LoRA (16-bit base)</source>
        <translation>LoRA (base 16 bits)</translation>
    </message>
    <message>
        <source>QLoRA (4-bit base)</source>
        <translation>QLoRA (base 4 bits)</translation>
    </message>
    <message>
        <source>Full fine-tuning</source>
        <translation>Fine-tuning complet</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>LoRA &amp;rank:</source>
        <translation>&amp;Rang LoRA :</translation>
    </message>
    <message>
        <source>Micro-&amp;batch:</source>
        <translation>Micro-batc&amp;h :</translation>
    </message>
    <message>
        <source>Workload default</source>
        <translation>Selon la charge de travail</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Se&amp;quence length:</source>
        <translation>Lo&amp;ngueur de séquence :</translation>
    </message>
    <message>
        <source>Gradient &amp;checkpointing</source>
        <translation>Gra&amp;dient checkpointing</translation>
    </message>
    <message>
        <source>On: each layer&apos;s activations are recomputed in the backward pass, which saves memory and costs time.</source>
        <translation>Activé : les activations de chaque couche sont recalculées lors de la passe arrière, ce qui économise de la mémoire au prix de temps de calcul.</translation>
    </message>
    <message>
        <source>&amp;Dataset (million tokens):</source>
        <translation>&amp;Jeu de données (millions de tokens) :</translation>
    </message>
</context>
</TS>
