#!/bin/sh
# Write a synthetic CAASPP student score data file of N rows to stdout,
# for timing the importer: 375 caret-delimited columns as in the 2023-24
# layout (the ones scorebook reads, the rest filler), one school of an
# invented district, each student tested in ELA and then Math (the same
# demographics, different days), claims,
# writing traits and demographics filled in.
#
#   sh tests/perf/sdf-rows.sh 100000 > /tmp/sdf.txt
#   time bin/scorebook-import -q -s /tmp/sdf.db /tmp/sdf.txt
set -eu
rows=${1:-100000}
awk -v rows="$rows" 'BEGIN {
	OFS = "^"
	n = split("RecordType SSID StudentLastName StudentFirstName " \
	    "StudentMiddleName DateofBirth Gender GradeAssessed " \
	    "CALPADSDistrictCode CALPADSDistrictName CALPADSSchoolCode " \
	    "CALPADSSchoolName FinalTestedDistrictCode FinalTestedDistrictName " \
	    "FinalTestedSchoolCode FinalTestedSchoolName FinalTestCompletedDate " \
	    "Section504Status MigrantStatus ELStatus ELAS CEDSLanguageCode " \
	    "MilitaryStatus FosterStatus HomelessStatus " \
	    "EconomicDisadvantageStatus HispanicorLatino " \
	    "AmericanIndianorAlaskaNative Asian HawaiianOrOtherPacificIslander " \
	    "Filipino BlackorAfricanAmerican White TwoorMoreRaces " \
	    "ParentEducationLevel OpportunityID1 OpportunityID2 " \
	    "OpportunityID3 OpportunityID4 ConditionCode Attemptedness " \
	    "ScoreStatus IncludeIndicator LexileorQuantileMeasure ThetaScore " \
	    "ScaleScore StandardErrorMeasurement " \
	    "SmarterScaleScoresErrorBandsMin SmarterScaleScoresErrorBandsMax " \
	    "AchievementLevels SmarterClaim1PL SmarterClaim2PL SmarterClaim3PL " \
	    "SmarterClaim4PL Genre WERPOR WERDEVEEL WERCOV", name, " ")
	for (i = n + 1; i < 375; i++)
		name[i] = sprintf("Filler%03d", i)
	name[375] = "EndofRecord"
	line = name[1]
	for (i = 2; i <= 375; i++)
		line = line OFS name[i]
	print line
	filler = ""
	for (i = n + 1; i < 375; i++)
		filler = filler OFS (i % 3 ? "" : "N")
	for (r = 0; r < rows; r++) {
		math = r % 2
		# The student: two rows each, with the same demographics.
		s = int(r / 2)
		score = math ? 2400 + r % 200 : 2380 + r % 250
		level = score < 2455 ? 1 : score < 2528 ? 2 : score < 2579 ? 3 : 4
		if (!math)
			level = score < 2442 ? 1 : score < 2502 ? 2 : \
			    score < 2582 ? 3 : 4
		printf "%s^80%08d^Last%d^First%d^^2013-%02d-%02d^%s^05^" \
		    "98765430000000^Harbor Point Unified^98765431000002^" \
		    "Maple Grove Middle^98765430000000^Harbor Point Unified^" \
		    "98765431000002^Maple Grove Middle^2024-05-%02d^N^N^%s^" \
		    "%s^eng^N^N^N^%s^%s^N^N^N^N^N^%s^N^3^%d^^^^^Y^P^Y^^0.%d^" \
		    "%d^00%d^%d^%d^%d^%d^%d^%d^%s^%s^%s^%s^%s%s^ZZ\n",
		    math ? "02" : "01", s, s, s,
		    1 + s % 12, 1 + s % 28, s % 2 ? "M" : "F", 1 + r % 28,
		    s % 5 ? "N" : "Y", s % 5 ? "EO" : "EL",
		    s % 3 ? "Y" : "N", s % 4 ? "N" : "Y", s % 7 ? "N" : "Y",
		    7000000 + r, r % 90, score, 20 + r % 9, score - 24,
		    score + 24, level, 1 + r % 3, 1 + (r + 1) % 3,
		    1 + (r + 2) % 3, math ? "" : 1 + r % 3,
		    math ? "" : "Narrative", math ? "" : r % 5,
		    math ? "" : r % 5, math ? "" : r % 3, filler
	}
}'
