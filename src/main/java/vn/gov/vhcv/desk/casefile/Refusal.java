package vn.gov.vhcv.desk.casefile;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A step refuses what a user submitted (a missing reason, a date after the deadline, the four-eyes rule): the message
 * is Vietnamese and meant for that user, and nothing of the submission is kept. Every route that completes a task
 * answers it as a client error with this message (the engine REST API and Tasklist: HTTP 400).
 */
public class Refusal extends ProcessEngineException {

  private static final long serialVersionUID = 1L;

  public Refusal(String message) {
    super(message);
  }
}
