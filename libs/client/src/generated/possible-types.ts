
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Case",
      "Organization",
      "Suspect",
      "Tip",
      "WantedCampaign",
      "Warrant"
    ],
    "Record": [
      "Case",
      "Organization",
      "Suspect",
      "Tip",
      "Warrant"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Case",
      "Organization",
      "Suspect",
      "Tip",
      "WantedCampaign",
      "Warrant"
    ],
    "Record": [
      "Case",
      "Organization",
      "Suspect",
      "Tip",
      "Warrant"
    ]
  }
};
      export default result;
    