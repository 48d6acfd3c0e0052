package org.vlrobs.jobs;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vlrobs.link.MentionType;
import org.vlrobs.link.PassageModel;

/** What decides whether a VNR linked in an earlier run is linked again: every rule, lexicon and model file. */
class LinkRulesDigestTest {
  @Test
  void theLinkRulesVersionCoversTheLinkageModelsAndEveryFileExists() throws Exception {
    List<String> resources = LinkJob.rulesResources();
    for (MentionType flag : PassageModel.FLAGS) {
      // (a retrained model must re-link the VNRs of an existing output, as a changed lexicon does)
      assertTrue(resources.contains(PassageModel.resource(flag)), flag.code());
    }
    for (String m : RunManifest.MODELS) {
      if (m.startsWith("/models/linkage/")) {
        assertTrue(resources.contains(m), m);
      }
    }
    assertTrue(resources.contains("/org/vlrobs/link/PassageModel.class"));
    for (String r : resources) {
      if (!r.matches("/org/vlrobs/lexicon/[a-z]{2}/.*")) { // (a language may have no file of a lexicon family)
        assertNotEquals("missing", RunManifest.digest(r), r + " is not on the classpath: its changes would go unseen");
      }
    }
  }
}
